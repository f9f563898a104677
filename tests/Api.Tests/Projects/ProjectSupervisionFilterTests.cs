using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Projects;

/// <summary>The supervision filters on <c>projects</c> give exactly the projects whose own fields say so.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProjectSupervisionFilterTests(InfoGovApiFactory factory)
{
    [Fact]
    public async Task Overdue_reports_and_due_dates_filter_as_the_projects_fields_say()
    {
        var office = factory.ClientAs("XXB", Roles.CommitteeOffice);
        // Every project, page by page in the list's order (by code).
        var everything = new List<Newtonsoft.Json.Linq.JToken>();
        string? after = null;
        do
        {
            var page = (await office.PostQueryAsync("query($a: String) { projects(first: 100, after: $a) { nodes { code isProgressReportOverdue currentPlan { dueOn } } pageInfo { hasNextPage endCursor } } }",
                new { a = after })).AssertNoErrors().Data["projects"]!;
            everything.AddRange(page["nodes"]!);
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        async Task<List<string>> Codes(string filter) =>
            (await office.PostQueryAsync($"{{ projects(first: 100, filter: {{ {filter} }}) {{ nodes {{ code }} }} }}")).AssertNoErrors()
            .Data["projects"]!["nodes"]!.Select(n => (string)n["code"]!).ToList();

        var overdue = everything.Where(p => (bool)p["isProgressReportOverdue"]!).Select(p => (string)p["code"]!).ToList();
        Assert.NotEmpty(overdue);
        Assert.Equal(overdue, await Codes("isProgressReportOverdue: true"));
        var inTime = everything.Where(p => !(bool)p["isProgressReportOverdue"]!).Select(p => (string)p["code"]!).Take(100).ToList();
        Assert.Equal(inTime, await Codes("isProgressReportOverdue: false"));

        var due = everything.Where(p => string.CompareOrdinal((string)p["currentPlan"]!["dueOn"]!, "2026-01-01") >= 0
                                        && string.CompareOrdinal((string)p["currentPlan"]!["dueOn"]!, "2026-06-30") <= 0).Select(p => (string)p["code"]!).ToList();
        Assert.NotEmpty(due);
        Assert.Equal(due, await Codes("dueOnOrAfter: \"2026-01-01\", dueOnOrBefore: \"2026-06-30\""));

        // Whether a report is overdue is supervision data: the public may not filter on it.
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await factory.CreateClient().PostQueryAsync("{ projects(filter: { isProgressReportOverdue: true }) { nodes { code } } }")).ErrorCodes);
    }

    /// <summary>Every project as the office sees it, page by page in the given order.</summary>
    private static async Task<List<Newtonsoft.Json.Linq.JToken>> AllAsync(HttpClient client, string order, string filter = "", int pageSize = 100)
    {
        var all = new List<Newtonsoft.Json.Linq.JToken>();
        string? after = null;
        do
        {
            var page = (await client.PostQueryAsync(
                    $"query($a: String) {{ projects(first: {pageSize}, after: $a, orderBy: {order}{(filter.Length > 0 ? $", filter: {{ {filter} }}" : "")}) {{ nodes {{ code colour isProgressReportOverdue scheduleVariance {{ ratio band }} costVariance {{ ratio band }} }} pageInfo {{ hasNextPage endCursor }} }} }}",
                    new { a = after })).AssertNoErrors().Data["projects"]!;
            all.AddRange(page["nodes"]!);
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);
        return all;
    }

    private static List<string> CodesOf(IEnumerable<Newtonsoft.Json.Linq.JToken> projects) => projects.Select(p => (string)p["code"]!).ToList();

    [Fact]
    public async Task Colour_and_variance_band_filters_and_the_health_orders_agree_with_the_projects_own_fields()
    {
        var office = factory.ClientAs("XXB", Roles.CommitteeOffice);
        var everything = await AllAsync(office, "CODE_ASC");
        string? Colour(Newtonsoft.Json.Linq.JToken p) => (string?)p["colour"];
        string? Band(Newtonsoft.Json.Linq.JToken p, string variance) => p[variance] is Newtonsoft.Json.Linq.JObject v ? (string?)v["band"] : null;

        // Filters: exactly the projects whose fields say so, in the list's order.
        foreach (var colours in new[] { new[] { "RED" }, ["AMBER", "GREEN"] })
        {
            var expected = CodesOf(everything.Where(p => colours.Contains(Colour(p))));
            Assert.NotEmpty(expected);
            Assert.Equal(expected, CodesOf(await AllAsync(office, "CODE_ASC", $"colours: [{string.Join(", ", colours)}]")));
        }
        var scheduleHigh = CodesOf(everything.Where(p => Band(p, "scheduleVariance") == "HIGH"));
        Assert.NotEmpty(scheduleHigh);
        Assert.Equal(scheduleHigh, CodesOf(await AllAsync(office, "CODE_ASC", "scheduleVarianceBands: [HIGH]")));
        var costMediumOrHigh = CodesOf(everything.Where(p => Band(p, "costVariance") is "MEDIUM" or "HIGH"));
        Assert.Equal(costMediumOrHigh, CodesOf(await AllAsync(office, "CODE_ASC", "costVarianceBands: [MEDIUM, HIGH]")));
        // Combined with a condition in SQL, and with an order of its own.
        var redOverdue = everything.Where(p => Colour(p) == "RED" && (bool)p["isProgressReportOverdue"]!).Select(p => (string)p["code"]!).OrderDescending().ToList();
        Assert.Equal(redOverdue, CodesOf(await AllAsync(office, "CODE_DESC", "colours: [RED], isProgressReportOverdue: true")));

        // Orders: by severity, code within; paged in small pages, nothing repeats or goes missing.
        int ColourRank(Newtonsoft.Json.Linq.JToken p) => Colour(p) switch { "RED" => 0, "AMBER" => 1, "GREEN" => 2, _ => 3 };
        Assert.Equal(CodesOf(everything.OrderBy(ColourRank).ThenBy(p => (string)p["code"]!, StringComparer.Ordinal)),
            CodesOf(await AllAsync(office, "COLOUR_SEVERITY", pageSize: 17)));
        Assert.Equal(CodesOf(everything.OrderBy(p => (bool)p["isProgressReportOverdue"]! ? 0 : 1).ThenBy(p => (string)p["code"]!, StringComparer.Ordinal)),
            CodesOf(await AllAsync(office, "REPORT_OVERDUE_FIRST", pageSize: 23)));
        int BandRank(Newtonsoft.Json.Linq.JToken p)
        {
            var variances = new[] { p["scheduleVariance"], p["costVariance"] }.OfType<Newtonsoft.Json.Linq.JObject>().ToList();
            if (variances.Count == 0) return 3;
            var adverse = variances.Where(v => (decimal)v["ratio"]! > 0).Select(v => (string)v["band"]!).ToList();
            return adverse.Contains("HIGH") ? 0 : adverse.Contains("MEDIUM") ? 1 : 2;
        }
        var byBand = everything.OrderBy(BandRank).ThenBy(p => (string)p["code"]!, StringComparer.Ordinal).ToList();
        Assert.Contains(byBand, p => BandRank(p) == 0);
        Assert.Equal(CodesOf(byBand), CodesOf(await AllAsync(office, "VARIANCE_BAND_DESC", pageSize: 31)));
    }

    [Fact]
    public async Task The_public_filters_and_orders_by_colour_but_not_by_the_figures_behind_it()
    {
        var anonymous = factory.CreateClient();
        var published = (await anonymous.PostQueryAsync("{ projects(first: 100, orderBy: COLOUR_SEVERITY) { nodes { code colour } } }")).AssertNoErrors().Data["projects"]!["nodes"]!;
        Assert.NotEmpty(published);
        var red = (await anonymous.PostQueryAsync("{ projects(first: 100, filter: { colours: [RED] }) { nodes { colour } } }")).AssertNoErrors().Data["projects"]!["nodes"]!;
        Assert.All(red, p => Assert.Equal("RED", (string?)p["colour"]));
        Assert.Equal(published.Count(p => (string?)p["colour"] == "RED"), red.Count());
        foreach (var query in new[]
                 {
                     "{ projects(orderBy: REPORT_OVERDUE_FIRST) { nodes { code } } }", "{ projects(orderBy: VARIANCE_BAND_DESC) { nodes { code } } }",
                     "{ projects(filter: { scheduleVarianceBands: [HIGH] }) { nodes { code } } }", "{ projects(filter: { costVarianceBands: [LOW] }) { nodes { code } } }",
                 })
            Assert.Contains("AUTH_NOT_AUTHENTICATED", (await anonymous.PostQueryAsync(query)).ErrorCodes);
    }
}
