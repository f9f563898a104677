using System.Net.Http.Headers;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Audit;

/// <summary>Mutations refused before they run (no token, a missing role, a refused token) are in the
/// audit trail with their reason and correlation id; long values are stored cut.</summary>
[Collection(ApiCollection.Name)]
public class RefusedMutationAuditTests(InfoGovApiFactory factory)
{
    private const string Cancel = "mutation { cancelProject(input: { id: \"bm9wZQ==\", version: 1, reason: \"audit test\" }) { errors { code } } }";

    private async Task<JToken> EntryFor(string correlationId)
    {
        var entries = (await factory.OfficeClient().PostQueryAsync(
            "{ auditEntries(first: 100, filter: { action: \"cancelProject\" }) { nodes { actorName actorDepartment action entityType outcome code details correlationId } } }"))
            .AssertNoErrors().Data["auditEntries"]!["nodes"]!;
        return entries.Single(e => (string?)e["correlationId"] == correlationId);
    }

    private static string CorrelationId(GraphQLResponse response) => (string)response.Body["extensions"]!["correlationId"]!;

    [Fact]
    public async Task A_mutation_refused_for_a_missing_role_is_audited_with_its_reason()
    {
        var response = await factory.ClientAs("GAJ", Roles.Staff).PostQueryAsync(Cancel);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        var entry = await EntryFor(CorrelationId(response));
        Assert.Equal("REFUSED", (string?)entry["outcome"]);
        Assert.Equal("AUTH_NOT_AUTHORIZED", (string?)entry["code"]);
        Assert.Equal("GAJ", (string?)entry["actorDepartment"]);
        Assert.StartsWith("Refused before execution", (string?)entry["details"]);
    }

    [Fact]
    public async Task Anonymous_and_refused_token_mutations_are_audited_too()
    {
        var anonymous = await factory.CreateClient().PostQueryAsync(Cancel);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        var entry = await EntryFor(CorrelationId(anonymous));
        Assert.Equal(("anonymous", "AUTH_NOT_AUTHENTICATED"), ((string?)entry["actorName"], (string?)entry["code"]));

        var forged = factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");
        var refused = await forged.PostQueryAsync(Cancel);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], refused.ErrorCodes);
        entry = await EntryFor(CorrelationId(refused));
        Assert.Contains("access token was refused", (string?)entry["details"]);
    }

    [Fact]
    public async Task A_long_value_is_stored_cut_and_says_so()
    {
        var longCode = new string('x', 10_000);
        var response = (await factory.ClientAs("GAJ", Roles.DataExchange).PostQueryAsync(
            "mutation($c: String!) { recordDataAccess(input: { resourceCode: $c, itemIds: [], purpose: \"x\" }) { errors { code } } }", new { c = longCode })).AssertNoErrors();
        var details = (await factory.OfficeClient().PostQueryAsync(
            "{ auditEntries(first: 100, filter: { action: \"recordDataAccess\" }) { nodes { details correlationId } } }"))
            .AssertNoErrors().Data["auditEntries"]!["nodes"]!.Single(e => (string?)e["correlationId"] == CorrelationId(response))["details"]!.ToString();
        Assert.True(details.Length <= 1000, $"{details.Length} characters stored");
        Assert.Contains("[truncated:", details);
    }
}
