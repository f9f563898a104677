using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.DataSharing;

[Collection(ApiCollection.Name)]
public class CatalogQueryTests(InfoGovApiFactory factory)
{
    private readonly HttpClient _client = factory.OfficeClient();

    [Fact]
    public async Task Filter_the_catalog_by_sharing_and_open_type()
    {
        var response = (await _client.PostQueryAsync("""
            { dataResources(first: 100, filter: { sharingTypes: [CONDITIONAL], openTypes: [OPEN, NOT_OPEN] }) { totalCount nodes { sharingType openType } } }
            """)).AssertNoErrors();
        var nodes = response.Data["dataResources"]!["nodes"]!.ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            Assert.Equal("CONDITIONAL", (string?)n["sharingType"]);
            Assert.Contains((string?)n["openType"], new[] { "OPEN", "NOT_OPEN" });
        });
    }

    [Fact]
    public async Task A_resource_lists_items_requests_and_grants()
    {
        var response = (await _client.PostQueryAsync("""
            { dataResource(code: "ZY-GAJ-001") { code provider { code } items { totalCount nodes { ordinal name resource { code } } } requests { totalCount } grants { totalCount } } }
            """)).AssertNoErrors();
        var resource = response.Data["dataResource"]!;
        Assert.Equal("GAJ", (string?)resource["provider"]!["code"]);
        Assert.Equal(6, (int)resource["items"]!["totalCount"]!);
        Assert.Equal(Enumerable.Range(1, 6), resource["items"]!["nodes"]!.Select(i => (int)i["ordinal"]!));
    }

    [Fact]
    public async Task Approved_requests_have_a_grant_covering_the_requested_items()
    {
        var response = (await _client.PostQueryAsync("""
            { sharingRequests(first: 100, filter: { statuses: [APPROVED] }) { nodes { requester { code } items { nodes { name } } grant { grantee { code } items { nodes { name } } accessLog { totalCount } } } } }
            """)).AssertNoErrors();
        var requests = response.Data["sharingRequests"]!["nodes"]!.ToList();
        Assert.NotEmpty(requests);
        foreach (var request in requests)
        {
            var grant = request["grant"]!;
            Assert.Equal((string?)request["requester"]!["code"], (string?)grant["grantee"]!["code"]);
            Assert.Equal(request["items"]!["nodes"]!.Select(i => (string)i["name"]!), grant["items"]!["nodes"]!.Select(i => (string)i["name"]!));
            Assert.True((int)grant["accessLog"]!["totalCount"]! > 0);
        }
    }

    [Fact]
    public async Task Refused_requests_give_a_reason_and_pending_ones_a_due_date()
    {
        var response = (await _client.PostQueryAsync("""
            {
              refused: sharingRequests(first: 100, filter: { statuses: [REFUSED] }) { nodes { refusalReason grant { validFrom } } }
              pending: sharingRequests(first: 100, filter: { statuses: [PENDING] }) { nodes { submittedOn answerDueOn isOverdue } }
              escalated: sharingRequests(first: 100, filter: { statuses: [ESCALATED] }) { totalCount }
            }
            """)).AssertNoErrors();
        Assert.All(response.Data["refused"]!["nodes"]!, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)r["refusalReason"]));
            Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, r["grant"]!.Type);
        });
        Assert.All(response.Data["pending"]!["nodes"]!, r =>
            Assert.True(string.CompareOrdinal((string)r["answerDueOn"]!, (string)r["submittedOn"]!) > 0));
        Assert.True((int)response.Data["escalated"]!["totalCount"]! > 0);
    }

    [Fact]
    public async Task Requests_addressed_to_a_provider()
    {
        var response = (await _client.PostQueryAsync("""
            { sharingRequests(first: 100, filter: { providerCode: "GAJ" }) { nodes { resource { provider { code } } } } }
            """)).AssertNoErrors();
        Assert.All(response.Data["sharingRequests"]!["nodes"]!, r => Assert.Equal("GAJ", (string?)r["resource"]!["provider"]!["code"]));
    }

    [Fact]
    public async Task The_office_lists_overdue_requests()
    {
        var response = (await _client.PostQueryAsync("""
            { overdue: sharingRequests(first: 100, filter: { isOverdue: true }) { nodes { status isOverdue answerDueOn } }
              onTime: sharingRequests(first: 100, filter: { isOverdue: false }) { nodes { isOverdue } } }
            """)).AssertNoErrors();
        Assert.All(response.Data["overdue"]!["nodes"]!, r => Assert.True((bool)r["isOverdue"]!));
        Assert.NotEmpty(response.Data["onTime"]!["nodes"]!);
        Assert.All(response.Data["onTime"]!["nodes"]!, r => Assert.False((bool)r["isOverdue"]!));
    }
}
