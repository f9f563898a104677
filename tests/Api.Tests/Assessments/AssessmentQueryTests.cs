using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Assessments;

[Collection(ApiCollection.Name)]
public class AssessmentQueryTests(InfoGovApiFactory factory)
{
    private readonly HttpClient _client = factory.OfficeClient();

    [Fact]
    public async Task Assessments_are_ranked_by_score_and_scores_add_up()
    {
        var response = (await _client.PostQueryAsync("""
            { assessments(year: 2025, first: 100) { totalCount nodes { rank score grade indicators { nodes { weight score isComputed indicator } } } } }
            """)).AssertNoErrors();
        var nodes = response.Data["assessments"]!["nodes"]!.ToList();
        Assert.True(nodes.Count >= 20);
        Assert.Equal(Enumerable.Range(1, nodes.Count), nodes.Select(n => (int)n["rank"]!));
        var scores = nodes.Select(n => (decimal)n["score"]!).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        foreach (var node in nodes)
        {
            var indicators = node["indicators"]!["nodes"]!.ToList();
            Assert.Equal(100m, indicators.Sum(i => (decimal)i["weight"]!));
            // Out of 100 over the indicators that could be scored; those with nothing to measure are left out, not given their target.
            var scored = indicators.Where(i => i["score"]!.Type != JTokenType.Null).ToList();
            Assert.Equal(Math.Round(100m * scored.Sum(i => (decimal)i["score"]!) / scored.Sum(i => (decimal)i["weight"]!), 2, MidpointRounding.AwayFromZero), (decimal)node["score"]!);
            Assert.True((bool)indicators.Single(i => (string?)i["indicator"] == "ON_TIME_DELIVERY_RATE")["isComputed"]!);
        }
    }

    [Fact]
    public async Task A_year_without_assessments_is_empty()
    {
        var response = (await _client.PostQueryAsync("{ assessments(year: 2019) { totalCount nodes { rank } } }")).AssertNoErrors();
        Assert.Equal(0, (int)response.Data["assessments"]!["totalCount"]!);
    }
}
