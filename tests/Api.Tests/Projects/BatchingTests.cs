using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Projects;

/// <summary>The number of SQL statements depends on the query's shape, never on the rows returned.</summary>
[Collection(ApiCollection.Name)]
public class BatchingTests(InfoGovApiFactory factory)
{
    private readonly HttpClient _client = factory.OfficeClient();

    private const string ProjectsWithRelations = """
        query($first: Int!) {
          projects(first: $first) {
            totalCount
            nodes {
              code name status colour
              department { code name }
              programme { code name }
              budgetLines { nodes { fiscalYear amount { amount currency } } }
              latestProgressReport { month progressPercent spendToDate { amount } }
            }
          }
        }
        """;

    private async Task<(int Statements, int Rows)> Measure(int first)
    {
        factory.SqlCommands.Reset();
        var response = (await _client.PostQueryAsync(ProjectsWithRelations, new { first })).AssertNoErrors();
        return (factory.SqlCommands.Count, response.Data["projects"]!["nodes"]!.Count());
    }

    [Fact]
    public async Task Twenty_and_one_hundred_projects_take_the_same_few_statements()
    {
        var small = await Measure(20);
        var large = await Measure(100);
        Assert.Equal(20, small.Rows);
        Assert.Equal(100, large.Rows);
        Assert.Equal(small.Statements, large.Statements);
        // COUNT + page + departments + programmes + budget lines + latest reports + milestones already due (colour).
        Assert.True(large.Statements <= 7, $"{large.Statements} statements");
    }

    [Fact]
    public async Task Deep_nesting_stays_one_statement_per_level()
    {
        factory.SqlCommands.Reset();
        (await _client.PostQueryAsync("""
            { departments(first: 30) { nodes { code projects(first: 50) { nodes { code reviewPanel { members { nodes { expert { name affiliation { code } } } } } } } } } }
            """)).AssertNoErrors();
        // COUNT + page + projects + panels + members + experts + affiliations.
        Assert.True(factory.SqlCommands.Count <= 7, $"{factory.SqlCommands.Count} statements");
    }

    private async Task<(int Statements, Newtonsoft.Json.Linq.JToken Projects)> Statements(string query, object? variables = null)
    {
        factory.SqlCommands.Reset();
        var response = (await _client.PostQueryAsync(query, variables)).AssertNoErrors();
        return (factory.SqlCommands.Count, response.Data["projects"]!);
    }

    [Fact]
    public async Task A_list_is_counted_only_when_totalCount_is_selected()
    {
        var uncounted = await Statements("{ projects(first: 20) { nodes { code } pageInfo { hasNextPage endCursor } } }");
        Assert.Equal(1, uncounted.Statements);
        Assert.True((bool)uncounted.Projects["pageInfo"]!["hasNextPage"]!);

        var counted = await Statements("{ projects(first: 20) { totalCount nodes { code } } }");
        Assert.Equal(2, counted.Statements);
        // Through a fragment and under an alias it is still selected, and counted.
        var viaFragment = await Statements("{ projects(first: 20) { ...Total } } fragment Total on ProjectConnection { all: totalCount }");
        Assert.Equal(2, viaFragment.Statements);
        Assert.Equal((int)counted.Projects["totalCount"]!, (int)viaFragment.Projects["all"]!);

        // Without counting, the last page still knows it is the last.
        var end = await Statements("{ projects(last: 3) { edges { cursor } } }");
        var last = await Statements("query($after: String!) { projects(first: 100, after: $after) { nodes { code } pageInfo { hasNextPage hasPreviousPage } } }",
            new { after = (string)end.Projects["edges"]![0]!["cursor"]! });
        Assert.Equal(1, last.Statements);
        Assert.Equal(2, last.Projects["nodes"]!.Count());
        Assert.Equal((false, true), ((bool)last.Projects["pageInfo"]!["hasNextPage"]!, (bool)last.Projects["pageInfo"]!["hasPreviousPage"]!));
    }
}
