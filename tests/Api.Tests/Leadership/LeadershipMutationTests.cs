using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Leadership;

/// <summary>Leaders' responsibilities through the API: delegate, revoke, evidence; only in the leader's own department.</summary>
public sealed class LeadershipMutationTests(LeadershipMutationTests.Host host) : IClassFixture<LeadershipMutationTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private static JToken Payload(GraphQLResponse response, string field) => response.AssertNoErrors().Data[field]!;

    [Fact]
    public async Task A_leader_delegates_revokes_and_records_evidence_in_the_own_department_only()
    {
        var department = (await host.OfficeClient().PostQueryAsync("""
            { department(code: "MZJ") { officials { nodes { id isHead } } responsibilities(first: 100) { nodes { id kind } } } }
            """)).AssertNoErrors().Data["department"]!;
        var manager = (string)department["officials"]!["nodes"]!.First(o => !(bool)o["isHead"]!)["id"]!;
        var signing = (string)department["responsibilities"]!["nodes"]!.First(r => (string?)r["kind"] == "DECIDE_MAJOR_PROJECTS")["id"]!;
        var leader = host.ClientAs("MZJ", Roles.DepartmentLeader);
        const string delegateMutation = "mutation($i: DelegateResponsibilityInput!) { delegateResponsibility(input: $i) { delegation { id version isValidToday } errors { code field } } }";
        var input = new
        {
            assignmentId = signing,
            delegateId = manager,
            scope = "Sign small contracts",
            validFrom = "2026-11-01",
            validTo = "2027-10-31",
            signingLimit = (object?)new { amount = 1000 }
        };

        var foreign = Payload(await host.ClientAs("GAJ", Roles.DepartmentLeader).PostQueryAsync(delegateMutation, new { i = input }), "delegateResponsibility");
        Assert.Equal("NOT_PERMITTED", (string?)foreign["errors"]![0]!["code"]);
        var backwards = Payload(await leader.PostQueryAsync(delegateMutation, new { i = input with { validTo = "2026-10-01" } }), "delegateResponsibility");
        Assert.Equal(("VALIDATION", "validTo"), ((string?)backwards["errors"]![0]!["code"], (string?)backwards["errors"]![0]!["field"]));

        var unlimited = Payload(await leader.PostQueryAsync(delegateMutation, new { i = input with { signingLimit = null } }), "delegateResponsibility");
        Assert.Equal(("VALIDATION", "signingLimit"), ((string?)unlimited["errors"]![0]!["code"], (string?)unlimited["errors"]![0]!["field"]));
        var delegation = Payload(await leader.PostQueryAsync(delegateMutation, new { i = input }), "delegateResponsibility")["delegation"]!;
        Assert.True((bool)delegation["isValidToday"]!);

        // The manager signs under it up to its limit; beyond it, the leader signs.
        var project = (string)(await host.OfficeClient().PostQueryAsync("{ projects(first: 1, filter: { departmentCode: \"MZJ\", statuses: [IN_IMPLEMENTATION] }) { nodes { id } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]![0]!["id"]!;
        var cio = host.CreateClient();
        cio.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.InformationManager], "MZJ")
        { ObjectId = InfoGov.Infrastructure.Persistence.Seeding.DemoAccounts.OfficialObjectId("MZJ", "cio").ToString() }));
        const string sign = "mutation($i: SignContractInput!) { signContract(input: $i) { errors { code field message } } }";
        var (tenderId, vendorId) = await Projects.Delivery.Procurement.AwardedTenderAsync(host.ClientAs("XXB", Roles.CommitteeOffice), project);
        var beyond = Payload(await cio.PostQueryAsync(sign, new { i = new { projectId = project, number = "HT-MZJ-LIMIT-1", vendorId, tenderId, amount = new { amount = 2000 }, signedOn = "2026-11-19" } }), "signContract");
        Assert.Equal(("NOT_PERMITTED", "amount.amount"), ((string?)beyond["errors"]![0]!["code"], (string?)beyond["errors"]![0]!["field"]));
        Assert.Contains("up to 1000.00 CNY", (string?)beyond["errors"]![0]!["message"]);
        var within = Payload(await cio.PostQueryAsync(sign, new { i = new { projectId = project, number = "HT-MZJ-LIMIT-2", vendorId, tenderId, amount = new { amount = 800 }, signedOn = "2026-11-19" } }), "signContract");
        Assert.Empty(within["errors"]!);

        const string revoke = "mutation($i: RevokeDelegationInput!) { revokeDelegation(input: $i) { delegation { version isValidToday revokedAt } errors { code } } }";
        var revoked = Payload(await leader.PostQueryAsync(revoke, new { i = new { delegationId = (string)delegation["id"]!, version = (int)delegation["version"]! } }), "revokeDelegation");
        Assert.False((bool)revoked["delegation"]!["isValidToday"]!);
        var twice = Payload(await leader.PostQueryAsync(revoke, new { i = new { delegationId = (string)delegation["id"]!, version = (int)revoked["delegation"]!["version"]! } }), "revokeDelegation");
        Assert.Equal("INVALID_TRANSITION", (string?)twice["errors"]![0]!["code"]);

        const string fulfil = "mutation($i: RecordFulfilmentInput!) { recordFulfilment(input: $i) { fulfilmentRecord { summary evidenceReference } errors { code field } } }";
        var evidence = Payload(await leader.PostQueryAsync(fulfil, new { i = new { assignmentId = signing, summary = "Signed the data platform contract", fulfilledOn = "2026-11-18", evidenceReference = "MZJ-2026-HT-07" } }), "recordFulfilment");
        Assert.Equal("MZJ-2026-HT-07", (string?)evidence["fulfilmentRecord"]!["evidenceReference"]);

        // Evidence of a responsibility cannot predate the assignment it evidences.
        var since = (string)(await host.OfficeClient().PostQueryAsync("query($id: ID!) { node(id: $id) { ... on ResponsibilityAssignment { validFrom } } }", new { id = signing }))
            .AssertNoErrors().Data["node"]!["validFrom"]!;
        var early = Payload(await leader.PostQueryAsync(fulfil, new
        {
            i = new
            {
                assignmentId = signing,
                summary = "Earlier",
                evidenceReference = "MZJ-X",
                fulfilledOn = DateOnly.Parse(since).AddDays(-1).ToString("yyyy-MM-dd")
            }
        }), "recordFulfilment");
        Assert.Equal(("VALIDATION", "fulfilledOn"), ((string?)early["errors"]![0]!["code"], (string?)early["errors"]![0]!["field"]));
    }
}
