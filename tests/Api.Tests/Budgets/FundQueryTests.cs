using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Budgets;

[Collection(ApiCollection.Name)]
public class FundQueryTests(InfoGovApiFactory factory)
{
    private readonly HttpClient _client = factory.OfficeClient();

    [Fact]
    public async Task Allocated_and_remaining_agree_with_the_allocations()
    {
        var response = (await _client.PostQueryAsync("""
            { specialFunds { nodes { fiscalYear cap { amount } allocated { amount } remaining { amount } allocations(first: 100) { totalCount nodes { amount { amount } project { fundingCategory } } } } } }
            """)).AssertNoErrors();
        var funds = response.Data["specialFunds"]!["nodes"]!.ToList();
        Assert.Equal([2026, 2025, 2024], funds.Select(f => (int)f["fiscalYear"]!));
        foreach (var fund in funds)
        {
            var allocations = fund["allocations"]!["nodes"]!.ToList();
            Assert.Equal((int)fund["allocations"]!["totalCount"]!, allocations.Count);
            var sum = allocations.Sum(a => (decimal)a["amount"]!["amount"]!);
            Assert.Equal(sum, (decimal)fund["allocated"]!["amount"]!);
            Assert.Equal((decimal)fund["cap"]!["amount"]! - sum, (decimal)fund["remaining"]!["amount"]!);
            Assert.True((decimal)fund["remaining"]!["amount"]! >= 0);
        }
    }

    [Fact]
    public async Task Unknown_year_is_null()
    {
        var response = (await _client.PostQueryAsync("{ specialFund(year: 1999) { fiscalYear } }")).AssertNoErrors();
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, response.Data["specialFund"]!.Type);
    }

    [Fact]
    public async Task Reserve_projects_that_started_pay_with_advances()
    {
        var response = (await _client.PostQueryAsync("""
            { projects(first: 100, filter: { fundingCategory: RESERVE, statuses: [IN_IMPLEMENTATION] }) { nodes { allocations { totalCount } expenditures(first: 100) { nodes { isAdvance awaitsReimbursement } } } } }
            """)).AssertNoErrors();
        var projects = response.Data["projects"]!["nodes"]!.ToList();
        Assert.NotEmpty(projects);
        foreach (var project in projects)
        {
            Assert.Equal(0, (int)project["allocations"]!["totalCount"]!);
            Assert.All(project["expenditures"]!["nodes"]!, e => Assert.True((bool)e["isAdvance"]! && (bool)e["awaitsReimbursement"]!));
        }
    }

    [Fact]
    public async Task Consolidation_savings_filter_by_year()
    {
        var response = (await _client.PostQueryAsync("{ consolidationSavings(fiscalYear: 2024) { nodes { fiscalYear amount { amount currency } department { code } } } }")).AssertNoErrors();
        var saving = Assert.Single(response.Data["consolidationSavings"]!["nodes"]!);
        Assert.Equal(2024, (int)saving["fiscalYear"]!);
        Assert.Equal("XXZX", (string?)saving["department"]!["code"]);
    }
}
