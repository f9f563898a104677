using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Projects;

[Collection(ApiCollection.Name)]
public class ProjectQueryTests(InfoGovApiFactory factory)
{
    private readonly HttpClient _client = factory.OfficeClient();

    private async Task<List<Newtonsoft.Json.Linq.JToken>> Projects(string filter, string fields = "code status")
    {
        var response = (await _client.PostQueryAsync($"{{ projects(first: 100, filter: {filter}) {{ totalCount nodes {{ {fields} }} }} }}")).AssertNoErrors();
        return response.Data["projects"]!["nodes"]!.ToList();
    }

    [Fact]
    public async Task Filter_by_status()
    {
        var projects = await Projects("{ statuses: [REJECTED, CANCELLED] }");
        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.Contains((string)p["status"]!, new[] { "REJECTED", "CANCELLED" }));
    }

    [Fact]
    public async Task Filter_by_department_and_programme()
    {
        var projects = await Projects("{ programmeCode: \"RURAL\" }", "code programme { code }");
        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.Equal("RURAL", (string?)p["programme"]!["code"]));

        var owned = await Projects("{ departmentCode: \"GAJ\" }", "code department { code }");
        Assert.All(owned, p => Assert.Equal("GAJ", (string?)p["department"]!["code"]));
    }

    [Fact]
    public async Task Filter_by_fiscal_year_and_funding()
    {
        var projects = await Projects("{ fiscalYear: 2025, fundingCategory: FUNDED }", "code fundingCategory budgetLines { nodes { fiscalYear } }");
        Assert.NotEmpty(projects);
        Assert.All(projects, p =>
        {
            Assert.Equal("FUNDED", (string?)p["fundingCategory"]);
            Assert.Contains(2025, p["budgetLines"]!["nodes"]!.Select(b => (int)b["fiscalYear"]!));
        });
    }

    [Fact]
    public async Task Search_matches_code_and_names()
    {
        var byCode = await Projects("{ search: \"XM-2024-00\" }", "code");
        Assert.Equal(9, byCode.Count);
        var byName = await Projects("{ search: \"Grid\" }", "code nameEn");
        Assert.NotEmpty(byName);
        Assert.All(byName, p => Assert.Contains("grid", ((string?)p["nameEn"])!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Ordering_by_due_date()
    {
        var response = (await _client.PostQueryAsync("{ projects(first: 50, orderBy: DUE_ON_ASC) { nodes { currentPlan { dueOn } } } }")).AssertNoErrors();
        var dates = response.Data["projects"]!["nodes"]!.Select(n => (string)n["currentPlan"]!["dueOn"]!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Unknown_project_code_is_null()
    {
        var response = (await _client.PostQueryAsync("{ project(code: \"NOPE\") { code } }")).AssertNoErrors();
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, response.Data["project"]!.Type);
    }

    [Fact]
    public async Task Derived_figures_agree_with_each_other()
    {
        var response = (await _client.PostQueryAsync("""
            { projects(first: 100, filter: { statuses: [IN_IMPLEMENTATION] }) { nodes {
                colour isProgressReportOverdue scheduleVariance { ratio band } costVariance { ratio band } } } }
            """)).AssertNoErrors();
        var nodes = response.Data["projects"]!["nodes"]!.ToList();
        Assert.NotEmpty(nodes);
        foreach (var p in nodes)
        {
            // Only adverse deviations (positive ratios) colour a project.
            var bands = new[] { p["scheduleVariance"], p["costVariance"] }
                .Where(v => v is { Type: Newtonsoft.Json.Linq.JTokenType.Object } && (decimal)v["ratio"]! > 0)
                .Select(v => (string?)v!["band"]).ToList();
            var expected = bands.Contains("HIGH") ? "RED" : bands.Contains("MEDIUM") || (bool)p["isProgressReportOverdue"]! ? "AMBER" : "GREEN";
            Assert.Equal(expected, (string?)p["colour"]);
        }
        // The demo data has projects in every colour.
        Assert.Equal(["AMBER", "GREEN", "RED"], nodes.Select(n => (string)n["colour"]!).Distinct().Order());
    }
}
