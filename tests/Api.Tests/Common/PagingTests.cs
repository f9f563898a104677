using System.Net;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Common;

/// <summary>Relay cursor connections: defaults, limits, cursors both ways.</summary>
[Collection(ApiCollection.Name)]
public class PagingTests(InfoGovApiFactory factory)
{
    private readonly HttpClient _client = factory.OfficeClient();

    private async Task<List<string>> Codes(string arguments)
    {
        var response = (await _client.PostQueryAsync($"{{ projects({arguments}) {{ nodes {{ code }} }} }}")).AssertNoErrors();
        return response.Data["projects"]!["nodes"]!.Select(n => (string)n["code"]!).ToList();
    }

    [Fact]
    public async Task Default_page_is_twenty_with_total_count_and_page_info()
    {
        var response = (await _client.PostQueryAsync("{ projects { totalCount nodes { code } edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }")).AssertNoErrors();
        var projects = response.Data["projects"]!;
        Assert.Equal(20, projects["nodes"]!.Count());
        Assert.True((int)projects["totalCount"]! >= 150);
        Assert.True((bool)projects["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)projects["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal((string?)projects["edges"]![0]!["cursor"], (string?)projects["pageInfo"]!["startCursor"]);
        Assert.Equal((string?)projects["edges"]![19]!["cursor"], (string?)projects["pageInfo"]!["endCursor"]);
        Assert.Equal(projects["nodes"]!.Select(n => (string)n["code"]!), projects["edges"]!.Select(e => (string)e["node"]!["code"]!));
    }

    [Fact]
    public async Task After_continues_where_the_page_ended()
    {
        var all = await Codes("first: 30");
        var first = (await _client.PostQueryAsync("{ projects(first: 10) { pageInfo { endCursor } } }")).AssertNoErrors();
        var cursor = (string)first.Data["projects"]!["pageInfo"]!["endCursor"]!;
        var next = await Codes($"first: 10, after: \"{cursor}\"");
        Assert.Equal(all.Skip(10).Take(10), next);
    }

    [Fact]
    public async Task Last_and_before_page_backwards()
    {
        var all = await Codes("first: 30");
        var page = (await _client.PostQueryAsync("{ projects(first: 30) { edges { cursor } } }")).AssertNoErrors();
        var cursorOf20th = (string)page.Data["projects"]!["edges"]![20]!["cursor"]!;
        var before = await Codes($"last: 5, before: \"{cursorOf20th}\"");
        Assert.Equal(all.Skip(15).Take(5), before);
    }

    [Fact]
    public async Task Last_alone_returns_the_end_of_the_list()
    {
        var all = (await _client.PostQueryAsync("{ projects(first: 100, orderBy: CODE_DESC) { nodes { code } } }")).AssertNoErrors()
            .Data["projects"]!["nodes"]!.Select(n => (string)n["code"]!).ToList();
        var last = await Codes("last: 3");
        Assert.Equal(all.Take(3).Reverse(), last);
    }

    [Fact]
    public async Task More_than_one_hundred_is_refused_with_a_clear_error()
    {
        var response = await _client.PostQueryAsync("{ projects(first: 101) { totalCount } }");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var error = Assert.Single(response.Errors);
        Assert.Equal("PAGE_SIZE_EXCEEDED", (string?)error["extensions"]!["code"]);
        Assert.Contains("at most 100", (string?)error["message"]);
    }

    [Fact]
    public async Task Nested_lists_have_the_same_limit()
    {
        var response = await _client.PostQueryAsync("{ departments(first: 1) { nodes { projects(last: 101) { totalCount } } } }");
        Assert.Contains("PAGE_SIZE_EXCEEDED", response.ErrorCodes);
    }

    [Fact]
    public async Task Negative_page_size_is_refused()
    {
        var response = await _client.PostQueryAsync("{ projects(first: -1) { totalCount } }");
        Assert.Contains("INVALID_PAGE_SIZE", response.ErrorCodes);
    }

    [Fact]
    public async Task A_cursor_not_from_this_api_is_refused()
    {
        var response = await _client.PostQueryAsync("{ projects(after: \"bm9wZQ==\") { totalCount } }");
        Assert.Contains("INVALID_CURSOR", response.ErrorCodes);
    }

    [Fact]
    public async Task Nested_connections_page_independently_per_parent()
    {
        var response = (await _client.PostQueryAsync(
            "{ departments(first: 5, filter: { kinds: [BUREAU] }) { nodes { code projects(first: 2) { totalCount nodes { code department { code } } pageInfo { hasNextPage } } } } }")).AssertNoErrors();
        foreach (var department in response.Data["departments"]!["nodes"]!)
        {
            var projects = department["projects"]!;
            Assert.True(projects["nodes"]!.Count() <= 2);
            Assert.All(projects["nodes"]!, p => Assert.Equal((string?)department["code"], (string?)p["department"]!["code"]));
            Assert.Equal((int)projects["totalCount"]! > 2, (bool)projects["pageInfo"]!["hasNextPage"]!);
        }
    }
}
