using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Common;

/// <summary>Relay global object identification: every id fetches its object again.</summary>
[Collection(ApiCollection.Name)]
public class NodeTests(InfoGovApiFactory factory)
{
    private readonly HttpClient _client = factory.OfficeClient();

    [Fact]
    public async Task Ids_from_every_area_refetch_their_objects_through_node_and_nodes()
    {
        var sample = (await _client.PostQueryAsync("""
            {
              project(code: "XM-2024-001") {
                id __typename department { id __typename } programme { id __typename }
                decisions(first: 1) { nodes { id __typename } } milestones(first: 1) { nodes { id __typename } }
                progressReports(first: 1) { nodes { id __typename } } reviewPanel { id __typename opinions(first: 1) { nodes { id __typename } } members(first: 1) { nodes { expert { id __typename } } } }
                implementationPlan { id __typename } tenders(first: 1) { nodes { id __typename } }
                contracts(first: 1) { nodes { id __typename signer { id __typename } } }
                acceptance { id __typename } postEvaluation { id __typename }
                budgetLines(first: 1) { nodes { id __typename } } allocations(first: 1) { nodes { id __typename fund { id __typename } } }
                expenditures(first: 1) { nodes { id __typename } }
              }
              department(code: "GAJ") { responsibilities(first: 1) { nodes { id __typename fulfilments(first: 1) { nodes { id __typename } } } } }
              dataResources(first: 1, filter: { sharingTypes: [CONDITIONAL] }) { nodes { id __typename items(first: 1) { nodes { id __typename } } } }
              sharingRequests(first: 1, filter: { statuses: [APPROVED] }) { nodes { id __typename grant { id __typename accessLog(first: 1) { nodes { id __typename } } } } }
              assessments(year: 2025, first: 1) { nodes { id __typename indicators(first: 1) { nodes { id __typename } } } }
              consolidationSavings(first: 1) { nodes { id __typename } }
              officials: department(code: "XXB") { officials(first: 1) { nodes { id __typename delegationsReceived(first: 1) { nodes { id __typename } } } } }
            }
            """)).AssertNoErrors();
        var objects = sample.Data.SelectTokens("$..id").Select(id => (JObject)id.Parent!.Parent!)
            .GroupBy(o => (string)o["__typename"]!).Select(g => g.First()).ToList();
        Assert.True(objects.Count >= 25, $"Only {objects.Count} node types sampled: {string.Join(", ", objects.Select(o => o["__typename"]))}");

        foreach (var obj in objects)
        {
            var id = (string)obj["id"]!;
            var refetched = (await _client.PostQueryAsync("query($id: ID!) { node(id: $id) { id __typename } }", new { id })).AssertNoErrors();
            Assert.Equal(id, (string?)refetched.Data["node"]!["id"]);
            Assert.Equal((string?)obj["__typename"], (string?)refetched.Data["node"]!["__typename"]);
        }

        var ids = objects.Select(o => (string)o["id"]!).ToList();
        var many = (await _client.PostQueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids })).AssertNoErrors();
        Assert.Equal(ids, many.Data["nodes"]!.Select(n => (string)n["id"]!));
    }

    [Fact]
    public async Task Node_fields_resolve_on_the_concrete_type()
    {
        var id = (string)(await _client.PostQueryAsync("{ project(code: \"XM-2024-001\") { id } }")).AssertNoErrors().Data["project"]!["id"]!;
        var response = (await _client.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on Project { code department { code } } } }", new { id })).AssertNoErrors();
        Assert.Equal("XM-2024-001", (string?)response.Data["node"]!["code"]);
    }

    [Fact]
    public async Task An_unknown_but_well_formed_id_is_null()
    {
        var id = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Project:{Guid.NewGuid():N}"));
        var response = (await _client.PostQueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id })).AssertNoErrors();
        Assert.Equal(JTokenType.Null, response.Data["node"]!.Type);
    }

    [Fact]
    public async Task A_malformed_id_is_an_error()
    {
        var response = await _client.PostQueryAsync("{ node(id: \"!!\") { id } }");
        Assert.Contains("INVALID_ID", response.ErrorCodes);
    }

    [Fact]
    public async Task Nodes_takes_at_most_one_hundred_ids()
    {
        var ids = Enumerable.Range(0, 101).Select(_ => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Project:{Guid.NewGuid():N}"))).ToList();
        var response = await _client.PostQueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Contains("PAGE_SIZE_EXCEEDED", response.ErrorCodes);
    }
}
