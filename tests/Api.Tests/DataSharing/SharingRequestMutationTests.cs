using InfoGov.Api.Authorization;
using InfoGov.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.DataSharing;

/// <summary>Requests for conditional data, answered by the provider (or the office once escalated), through the API.</summary>
public sealed class SharingRequestMutationTests(SharingRequestMutationTests.Host host) : IClassFixture<SharingRequestMutationTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private const string Submit = "mutation($i: SubmitSharingRequestInput!) { submitSharingRequest(input: $i) { sharingRequest { id version number status answerDueOn } errors { code field message } } }";
    private const string Decide = "mutation($i: DecideSharingRequestInput!) { decideSharingRequest(input: $i) { sharingRequest { status refusalReason grant { validUntil items { nodes { name } } } } errors { code field } } }";

    private static JToken Payload(GraphQLResponse response, string field) => response.AssertNoErrors().Data[field]!;

    private async Task<(string Code, string Provider, List<string> Items)> Resource(string sharingType)
    {
        var resource = (await host.OfficeClient().PostQueryAsync("query($t: SharingType!) { dataResources(first: 1, filter: { sharingTypes: [$t] }) { nodes { code provider { code } items { nodes { id } } } } }",
            new { t = sharingType })).AssertNoErrors().Data["dataResources"]!["nodes"]![0]!;
        return ((string)resource["code"]!, (string)resource["provider"]!["code"]!, resource["items"]!["nodes"]!.Select(i => (string)i["id"]!).ToList());
    }

    private static object Request(string code, IEnumerable<string> items) => new
    {
        resourceCode = code,
        purpose = "Verify applicants",
        legalBasis = "Regulation, article 12",
        itemIds = items,
        periodFrom = "2026-12-01",
        periodUntil = "2027-11-30",
    };

    private static string Requester(string provider) => provider == "MZJ" ? "JYJ" : "MZJ";

    [Fact]
    public async Task A_request_is_due_in_ten_working_days_and_the_provider_grants_fewer_items()
    {
        var (code, provider, items) = await Resource("CONDITIONAL");
        var steward = host.ClientAs(Requester(provider), Roles.DataSteward);
        var submitPayload = Payload(await steward.PostQueryAsync(Submit, new { i = Request(code, items) }), "submitSharingRequest");
        Assert.True(!submitPayload["errors"]!.Any(), submitPayload.ToString());
        var submitted = submitPayload["sharingRequest"]!;
        Assert.Equal(("PENDING", "2026-12-04"), ((string?)submitted["status"], (string?)submitted["answerDueOn"])); // Friday 20 Nov + 10 working days

        var outsider = Payload(await host.ClientAs("XSZ", Roles.DataSteward).PostQueryAsync(Decide,
            new { i = new { requestId = (string)submitted["id"]!, version = 1, approve = true } }), "decideSharingRequest");
        Assert.Equal("NOT_PERMITTED", (string?)outsider["errors"]![0]!["code"]);
        var office = Payload(await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(Decide,
            new { i = new { requestId = (string)submitted["id"]!, version = 1, approve = true } }), "decideSharingRequest");
        Assert.Equal("NOT_PERMITTED", (string?)office["errors"]![0]!["code"]);

        var approved = Payload(await host.ClientAs(provider, Roles.DataSteward).PostQueryAsync(Decide,
            new { i = new { requestId = (string)submitted["id"]!, version = 1, approve = true, itemIds = items.Take(1), validUntil = "2027-05-31" } }), "decideSharingRequest");
        Assert.Equal("APPROVED", (string?)approved["sharingRequest"]!["status"]);
        Assert.Single(approved["sharingRequest"]!["grant"]!["items"]!["nodes"]!);
        Assert.Equal("2027-05-31", (string?)approved["sharingRequest"]!["grant"]!["validUntil"]);
    }

    [Fact]
    public async Task A_refusal_needs_a_reason()
    {
        var (code, provider, items) = await Resource("CONDITIONAL");
        var submitted = Payload(await host.ClientAs(Requester(provider), Roles.InformationManager).PostQueryAsync(Submit, new { i = Request(code, items) }), "submitSharingRequest")["sharingRequest"]!;
        var leader = host.ClientAs(provider, Roles.DepartmentLeader);
        var noReason = Payload(await leader.PostQueryAsync(Decide, new { i = new { requestId = (string)submitted["id"]!, version = 1, approve = false } }), "decideSharingRequest");
        Assert.Equal(("VALIDATION", "reason"), ((string?)noReason["errors"]![0]!["code"], (string?)noReason["errors"]![0]!["field"]));
        var refused = Payload(await leader.PostQueryAsync(Decide, new { i = new { requestId = (string)submitted["id"]!, version = 1, approve = false, reason = "Not needed for the purpose" } }), "decideSharingRequest");
        Assert.Equal("REFUSED", (string?)refused["sharingRequest"]!["status"]);
    }

    [Theory]
    [InlineData("UNCONDITIONAL", "VALIDATION")]
    [InlineData("NOT_SHARED", "NOT_PERMITTED")]
    public async Task Only_conditional_entries_are_requested(string sharingType, string code)
    {
        var (resource, provider, items) = await Resource(sharingType);
        var payload = Payload(await host.ClientAs(Requester(provider), Roles.DataSteward).PostQueryAsync(Submit, new { i = Request(resource, items) }), "submitSharingRequest");
        Assert.Equal((code, "resourceCode"), ((string?)payload["errors"]![0]!["code"], (string?)payload["errors"]![0]!["field"]));
    }

    [Fact]
    public async Task The_office_decides_escalated_requests()
    {
        var escalated = (await host.OfficeClient().PostQueryAsync("{ sharingRequests(first: 1, filter: { statuses: [ESCALATED] }) { nodes { id version } } }"))
            .AssertNoErrors().Data["sharingRequests"]!["nodes"]![0]!;
        var decided = Payload(await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(Decide,
            new { i = new { requestId = (string)escalated["id"]!, version = (int)escalated["version"]!, approve = false, reason = "No legal basis shown" } }), "decideSharingRequest");
        Assert.Equal("REFUSED", (string?)decided["sharingRequest"]!["status"]);

        var pending = (await host.OfficeClient().PostQueryAsync("{ sharingRequests(first: 1, filter: { statuses: [PENDING] }) { nodes { id version } } }"))
            .AssertNoErrors().Data["sharingRequests"]!["nodes"]![0]!;
        var early = Payload(await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(
            "mutation($i: SharingRequestVersionInput!) { escalateSharingRequest(input: $i) { errors { code } } }",
            new { i = new { requestId = (string)pending["id"]!, version = (int)pending["version"]! } }), "escalateSharingRequest");
        Assert.Equal("INVALID_TRANSITION", (string?)early["errors"]![0]!["code"]);
    }
}
