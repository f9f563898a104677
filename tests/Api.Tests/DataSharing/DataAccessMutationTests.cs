using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.DataSharing;

/// <summary>Accesses under grants, refusals outside them, and the tamper-evident access log.</summary>
public sealed class DataAccessMutationTests(DataAccessMutationTests.Host host) : IClassFixture<DataAccessMutationTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private const string Access = "mutation($i: RecordDataAccessInput!) { recordDataAccess(input: $i) { dataAccessReceipt { sequence hash } errors { code field } } }";

    private static JToken Payload(GraphQLResponse response) => response.AssertNoErrors().Data["recordDataAccess"]!;

    /// <summary>An active grant: its resource, grantee, provider, granted items and the resource's other items.</summary>
    private async Task<(string Code, string Grantee, string Provider, List<string> Granted, List<string> Others)> ActiveGrant()
    {
        var grant = (await host.OfficeClient().PostQueryAsync("""
            { sharingRequests(first: 100, filter: { statuses: [APPROVED] }) { nodes { grant { isActive grantee { code } resource { code provider { code } items { nodes { id } } } items { nodes { id } } } } } }
            """)).AssertNoErrors().Data["sharingRequests"]!["nodes"]!.Select(n => n["grant"]!)
            .First(g => (bool)g["isActive"]! && g["resource"]!["items"]!["nodes"]!.Count() > g["items"]!["nodes"]!.Count());
        var granted = grant["items"]!["nodes"]!.Select(i => (string)i["id"]!).ToList();
        return ((string)grant["resource"]!["code"]!, (string)grant["grantee"]!["code"]!, (string)grant["resource"]!["provider"]!["code"]!,
            granted, grant["resource"]!["items"]!["nodes"]!.Select(i => (string)i["id"]!).Except(granted).ToList());
    }

    private HttpClient ExchangeSystem(string department)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.DataExchange], department, IsApp: true) { Name = $"{department} exchange" }));
        return client;
    }

    [Fact]
    public async Task Access_under_the_grant_is_logged_and_access_outside_it_is_refused_and_logged()
    {
        var (code, grantee, provider, granted, others) = await ActiveGrant();
        var system = ExchangeSystem(grantee);
        var allowed = Payload(await system.PostQueryAsync(Access, new { i = new { resourceCode = code, itemIds = granted, purpose = "Verify an applicant", recordCount = 3 } }));
        Assert.Empty(allowed["errors"]!);
        var sequence = (int)allowed["dataAccessReceipt"]!["sequence"]!;

        var notGranted = Payload(await system.PostQueryAsync(Access, new { i = new { resourceCode = code, itemIds = others.Take(1), purpose = "Curiosity" } }));
        Assert.Equal(("NOT_GRANTED", "itemIds"), ((string?)notGranted["errors"]![0]!["code"], (string?)notGranted["errors"]![0]!["field"]));
        var stranger = Payload(await ExchangeSystem(grantee == "XSZ" ? "NLX" : "XSZ").PostQueryAsync(Access, new { i = new { resourceCode = code, itemIds = granted, purpose = "No grant" } }));
        Assert.Equal("NOT_GRANTED", (string?)stranger["errors"]![0]!["code"]);

        var log = (await host.ClientAs(provider, Roles.DataSteward).PostQueryAsync(
            "query($c: String!) { dataResource(code: $c) { accessLog(first: 3) { nodes { sequence refusalCode accessor { code } } } accessLogIntegrity { isIntact entries } } }",
            new { c = code })).AssertNoErrors().Data["dataResource"]!;
        var latest = log["accessLog"]!["nodes"]!.ToList();
        Assert.Equal([sequence + 2, sequence + 1, sequence], latest.Select(e => (int)e["sequence"]!));
        Assert.Equal(["NOT_GRANTED", "NOT_GRANTED", null], latest.Select(e => (string?)e["refusalCode"]));
        Assert.True((bool)log["accessLogIntegrity"]!["isIntact"]!);
        Assert.Equal(sequence + 2, (int)log["accessLogIntegrity"]!["entries"]!);
    }

    [Fact]
    public async Task Unconditional_entries_need_no_grant_and_not_shared_ones_are_never_read()
    {
        var entries = (await host.OfficeClient().PostQueryAsync("""
            { open: dataResources(first: 1, filter: { sharingTypes: [UNCONDITIONAL] }) { nodes { code provider { code } items(first: 1) { nodes { id } } } }
              closed: dataResources(first: 1, filter: { sharingTypes: [NOT_SHARED] }) { nodes { code provider { code } items(first: 1) { nodes { id } } } } }
            """)).AssertNoErrors().Data;
        var open = entries["open"]!["nodes"]![0]!;
        var closed = entries["closed"]!["nodes"]![0]!;
        string Other(JToken r) => (string)r["provider"]!["code"]! == "MZJ" ? "JYJ" : "MZJ";
        var allowed = Payload(await host.ClientAs(Other(open), Roles.Staff).PostQueryAsync(Access,
            new { i = new { resourceCode = (string)open["code"]!, itemIds = open["items"]!["nodes"]!.Select(i => (string)i["id"]!), purpose = "Service" } }));
        Assert.Empty(allowed["errors"]!);
        var refused = Payload(await host.ClientAs(Other(closed), Roles.Staff).PostQueryAsync(Access,
            new { i = new { resourceCode = (string)closed["code"]!, itemIds = closed["items"]!["nodes"]!.Select(i => (string)i["id"]!), purpose = "Service" } }));
        Assert.Equal("NOT_PERMITTED", (string?)refused["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task Access_after_the_grant_expired_is_refused_and_logged()
    {
        var expired = (await host.OfficeClient().PostQueryAsync("""
            { sharingRequests(first: 100, filter: { statuses: [APPROVED] }) { nodes { grant { isActive revokedAt validUntil grantee { code } resource { code provider { code } } items { nodes { id } } } } } }
            """)).AssertNoErrors().Data["sharingRequests"]!["nodes"]!.Select(n => n["grant"]!)
            .First(g => !(bool)g["isActive"]! && g["revokedAt"]!.Type == JTokenType.Null);
        var code = (string)expired["resource"]!["code"]!;
        var grantee = (string)expired["grantee"]!["code"]!;
        var payload = Payload(await ExchangeSystem(grantee).PostQueryAsync(Access,
            new { i = new { resourceCode = code, itemIds = expired["items"]!["nodes"]!.Select(i => (string)i["id"]!), purpose = "Old habit" } }));
        Assert.Equal("GRANT_EXPIRED", (string?)payload["errors"]![0]!["code"]);
        var last = (await host.ClientAs((string)expired["resource"]!["provider"]!["code"]!, Roles.DepartmentLeader).PostQueryAsync(
            "query($c: String!) { dataResource(code: $c) { accessLog(first: 1) { nodes { refusalCode accessor { code } } } } }", new { c = code }))
            .AssertNoErrors().Data["dataResource"]!["accessLog"]!["nodes"]![0]!;
        Assert.Equal(("GRANT_EXPIRED", grantee), ((string?)last["refusalCode"], (string?)last["accessor"]!["code"]));
    }
}
