using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Budgets;

/// <summary>Finance's views of the demo ledgers: per project and year, and across projects with filters and totals.</summary>
[Collection(ApiCollection.Name)]
public class FinanceViewTests(InfoGovApiFactory factory)
{
    private readonly HttpClient _finance = factory.ClientAs("CZJ", Roles.Finance);

    private static decimal Amount(JToken money) => (decimal)money["amount"]!;

    private async Task<List<JToken>> AllProjects(string selection)
    {
        var projects = new List<JToken>();
        string? after = null;
        do
        {
            var page = (await _finance.PostQueryAsync($"query($after: String) {{ projects(first: 100, after: $after) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ {selection} }} }} }}", new { after }))
                .AssertNoErrors().Data["projects"]!;
            projects.AddRange(page["nodes"]!);
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        } while (after is not null);
        return projects;
    }

    [Fact]
    public async Task Every_budget_line_agrees_with_its_years_allocations_and_no_budget_is_charged_twice()
    {
        var projects = await AllProjects("code baseline { budget { amount } } fundingByYear(first: 20) { nodes { fiscalYear budgeted { amount } allocated { amount } } }");
        Assert.True(projects.Count > 100);
        foreach (var project in projects)
        {
            var years = project["fundingByYear"]!["nodes"]!.ToList();
            Assert.All(years, y => Assert.True(Amount(y["budgeted"]!) == Amount(y["allocated"]!), $"{project["code"]} {y["fiscalYear"]}: line and allocations differ"));
            var budgeted = years.Sum(y => Amount(y["budgeted"]!));
            if (budgeted > 0)
                Assert.True(budgeted <= Amount(project["baseline"]!["budget"]!), $"{project["code"]}: {budgeted} budgeted against a baseline of {project["baseline"]!["budget"]}");
        }

        // The reserve project once charged to 2025 and again to 2026 now has at most one year of money.
        var carriedOver = projects.Single(p => (string?)p["code"] == "XM-2025-048");
        var charged = carriedOver["fundingByYear"]!["nodes"]!.Where(y => Amount(y["budgeted"]!) > 0).ToList();
        Assert.True(charged.Count <= 1, "XM-2025-048 is charged to " + string.Join(", ", charged.Select(y => y["fiscalYear"])));
    }

    [Fact]
    public async Task A_project_year_sums_the_payments_charged_to_it()
    {
        var projects = await AllProjects("code fundingByYear(first: 20) { nodes { fiscalYear spent { amount } advanced { amount } awaitingReimbursement { amount } } } "
            + "expenditures(first: 100) { nodes { fiscalYear amount { amount } isAdvance awaitsReimbursement } }");
        var paid = projects.Where(p => p["expenditures"]!["nodes"]!.Any()).ToList();
        Assert.NotEmpty(paid);
        foreach (var project in paid)
            foreach (var year in project["fundingByYear"]!["nodes"]!)
            {
                var charged = project["expenditures"]!["nodes"]!.Where(e => (int)e["fiscalYear"]! == (int)year["fiscalYear"]!).ToList();
                Assert.Equal(charged.Sum(e => Amount(e["amount"]!)), Amount(year["spent"]!));
                Assert.Equal(charged.Where(e => (bool)e["isAdvance"]!).Sum(e => Amount(e["amount"]!)), Amount(year["advanced"]!));
                Assert.Equal(charged.Where(e => (bool)e["awaitsReimbursement"]!).Sum(e => Amount(e["amount"]!)), Amount(year["awaitingReimbursement"]!));
            }
    }

    [Fact]
    public async Task Finance_lists_payments_across_projects_with_filters_and_totals_by_category()
    {
        const string query = """
            query($f: ExpenditureFilter) {
              expenditures(filter: $f, first: 100) { totalCount nodes { fiscalYear category isAdvance amount { amount } project { department { code } } } }
              expenditureTotals(filter: $f) { count total { amount } advanced { amount } byCategory { nodes { category count total { amount } } } }
            }
            """;
        var all = (await _finance.PostQueryAsync(query, new { f = new { fiscalYear = 2026 } })).AssertNoErrors().Data;
        var totals = all["expenditureTotals"]!;
        Assert.Equal((int)all["expenditures"]!["totalCount"]!, (int)totals["count"]!);
        Assert.True((int)totals["count"]! > 0);
        Assert.Equal(["HARDWARE", "SOFTWARE", "SERVICES", "OPERATIONS"], totals["byCategory"]!["nodes"]!.Select(c => (string)c["category"]!));
        Assert.Equal(Amount(totals["total"]!), totals["byCategory"]!["nodes"]!.Sum(c => Amount(c["total"]!)));
        Assert.Equal((int)totals["count"]!, totals["byCategory"]!["nodes"]!.Sum(c => (int)c["count"]!));

        // Every filter narrows: year, department, category and advance together.
        var software = totals["byCategory"]!["nodes"]!.Single(c => (string?)c["category"] == "SOFTWARE");
        var narrowed = (await _finance.PostQueryAsync(query, new { f = new { fiscalYear = 2026, category = "SOFTWARE" } })).AssertNoErrors().Data;
        Assert.Equal((int)software["count"]!, (int)narrowed["expenditures"]!["totalCount"]!);
        Assert.Equal(Amount(software["total"]!), Amount(narrowed["expenditureTotals"]!["total"]!));
        Assert.All(narrowed["expenditures"]!["nodes"]!, e => Assert.Equal(("SOFTWARE", 2026), ((string)e["category"]!, (int)e["fiscalYear"]!)));

        var department = (string)all["expenditures"]!["nodes"]![0]!["project"]!["department"]!["code"]!;
        var advances = (await _finance.PostQueryAsync(query, new { f = new { fiscalYear = 2026, departmentCode = department, isAdvance = true } })).AssertNoErrors().Data;
        Assert.All(advances["expenditures"]!["nodes"]!, e => Assert.Equal((department, true), ((string)e["project"]!["department"]!["code"]!, (bool)e["isAdvance"]!)));
        Assert.Equal(Amount(advances["expenditureTotals"]!["total"]!), Amount(advances["expenditureTotals"]!["advanced"]!));
    }

    [Fact]
    public async Task Allocations_across_projects_add_up_to_the_fund()
    {
        var data = (await _finance.PostQueryAsync("""
            {
              fundAllocations(filter: { fiscalYear: 2025 }, first: 100) { totalCount nodes { amount { amount } fund { fiscalYear } } }
              specialFund(year: 2025) { allocated { amount } }
            }
            """)).AssertNoErrors().Data;
        var allocations = data["fundAllocations"]!["nodes"]!.ToList();
        Assert.Equal((int)data["fundAllocations"]!["totalCount"]!, allocations.Count);
        Assert.All(allocations, a => Assert.Equal(2025, (int)a["fund"]!["fiscalYear"]!));
        Assert.Equal(Amount(data["specialFund"]!["allocated"]!), allocations.Sum(a => Amount(a["amount"]!)));
    }

    [Fact]
    public async Task A_department_leader_reads_its_own_ledger_but_not_everyones()
    {
        var leader = factory.ClientAs("GAJ", Roles.DepartmentLeader);
        var response = await leader.PostQueryAsync("{ expenditureTotals { count } }");
        Assert.NotEmpty(response.ErrorCodes);
        Assert.All(response.ErrorCodes, code => Assert.Equal("AUTH_NOT_AUTHORIZED", code));
        var own = (await leader.PostQueryAsync("{ projects(first: 5, filter: { departmentCode: \"GAJ\" }) { nodes { fundingByYear { totalCount } } } }")).AssertNoErrors();
        Assert.NotEmpty(own.Data["projects"]!["nodes"]!);
    }
}
