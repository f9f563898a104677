using System.Diagnostics;
using System.Net;
using System.Text;
using InfoGov.Api.Tests.TestHost;
using Xunit.Abstractions;

namespace InfoGov.Api.Tests.Engine.Security;

/// <summary>Documents whose size as executed passes a limit are refused before validation and
/// execution, each limit with its own code; the measure is linear in the document.</summary>
[Collection(ApiCollection.Name)]
public class RequestLimitTests(InfoGovApiFactory factory, ITestOutputHelper output)
{
    /// <summary>fragment F0 on Query { __typename }, and each further level spreads the one below ten times.</summary>
    private static string FragmentTree(int levels)
    {
        var text = new StringBuilder($"query {{ ...F{levels - 1} }}\nfragment F0 on Query {{ __typename }}\n");
        for (var level = 1; level < levels; level++)
            text.Append($"fragment F{level} on Query {{ {string.Concat(Enumerable.Repeat($"...F{level - 1} ", 10))}}}\n");
        return text.ToString();
    }

    [Fact]
    public async Task A_ten_level_fragment_tree_is_refused_at_once()
    {
        var client = factory.CreateClient();
        await client.PostQueryAsync("{ __typename }"); // warm the host so that the figure is the refusal's own
        var clock = Stopwatch.StartNew();
        var response = await client.PostQueryAsync(FragmentTree(10));
        clock.Stop();
        output.WriteLine($"10-level fragment tree ({FragmentTree(10).Length} characters) refused in {clock.Elapsed.TotalMilliseconds:0.0} ms");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], response.ErrorCodes);
        Assert.Contains("1000000000 fields", (string?)response.Errors[0]["message"]);
        // Minutes of CPU before the measure; a generous bound keeps the test steady on a busy machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_small_fragment_tree_within_the_limit_runs()
    {
        var response = await factory.CreateClient().PostQueryAsync(FragmentTree(2));
        response.AssertNoErrors();
    }

    [Theory]
    [InlineData("ALIAS_LIMIT_EXCEEDED")]
    [InlineData("ROOT_FIELD_LIMIT_EXCEEDED")]
    [InlineData("FRAGMENT_LIMIT_EXCEEDED")]
    [InlineData("NODE_LIMIT_EXCEEDED")]
    public async Task Each_limit_refuses_with_its_own_code(string code)
    {
        var query = code switch
        {
            "ALIAS_LIMIT_EXCEEDED" => "{ " + string.Concat(Enumerable.Range(0, 101).Select(i => $"a{i}: __typename ")) + "}",
            "ROOT_FIELD_LIMIT_EXCEEDED" => "{ " + string.Concat(Enumerable.Repeat("departments(first: 1) { totalCount } ", 31)) + "}",
            "FRAGMENT_LIMIT_EXCEEDED" => "{ __typename } " + string.Concat(Enumerable.Range(0, 51).Select(i => $"fragment F{i} on Query {{ __typename }} ")),
            _ => "{ departments(first: 100) { nodes { projects(first: 100) { nodes { budgetLines(first: 100) { totalCount } } } } } }",
        };
        var response = await factory.OfficeClient().PostQueryAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task Nodes_counts_its_ids_and_takes_at_most_the_configured_number()
    {
        var ids = Enumerable.Range(0, 101).Select(_ => "bm9wZQ==").ToArray();
        var response = await factory.OfficeClient().PostQueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Contains("PAGE_SIZE_EXCEEDED", response.ErrorCodes);
    }
}
