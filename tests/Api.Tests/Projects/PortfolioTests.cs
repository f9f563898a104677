using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Projects;

/// <summary>The portfolio roll-ups checked against the projects they sum, read one by one through the API.</summary>
[Collection(ApiCollection.Name)]
public sealed class PortfolioTests(InfoGovApiFactory factory)
{
    private HttpClient Office => factory.ClientAs("XXB", Roles.CommitteeOffice);

    private async Task<JToken> GroupsAsync(HttpClient client, string groupBy, string fields) =>
        (await client.PostQueryAsync($"{{ portfolio(groupBy: {groupBy}, first: 100) {{ nodes {{ {fields} }} }} }}")).AssertNoErrors().Data["portfolio"]!["nodes"]!;

    [Fact]
    public async Task A_department_sums_its_own_projects_and_those_of_its_sub_units()
    {
        var groups = await GroupsAsync(Office, "DEPARTMENT", "department { code } projects");
        var byCode = groups.ToDictionary(g => (string)g["department"]!["code"]!, g => (int)g["projects"]!);
        var departments = (await Office.PostQueryAsync("{ departments(first: 100) { nodes { code parent { code } projects { totalCount } } } }"))
            .AssertNoErrors().Data["departments"]!["nodes"]!.ToList();
        var withSubUnits = 0;
        foreach (var department in departments)
        {
            var code = (string)department["code"]!;
            var children = departments.Where(d => d["parent"] is JObject parent && (string?)parent["code"] == code).Select(d => byCode[(string)d["code"]!]).ToList();
            if (children.Count > 0) withSubUnits++;
            Assert.Equal((int)department["projects"]!["totalCount"]! + children.Sum(), byCode[code]);
        }
        Assert.True(withSubUnits > 0, "The demo data has a department with sub-units.");
        var everything = (int)(await Office.PostQueryAsync("{ projects { totalCount } }")).AssertNoErrors().Data["projects"]!["totalCount"]!;
        Assert.Equal(everything, departments.Where(d => d["parent"]!.Type == JTokenType.Null).Sum(d => byCode[(string)d["code"]!]));
    }

    [Fact]
    public async Task A_departments_counts_colours_and_budget_are_those_of_its_projects()
    {
        var projects = (await Office.PostQueryAsync("{ department(code: \"GAJ\") { children { totalCount } projects(first: 100) { nodes { status colour baseline { budget { amount } } currentPlan { budget { amount } } } } } }"))
            .AssertNoErrors().Data["department"]!;
        Assert.Equal(0, (int)projects["children"]!["totalCount"]!);
        var nodes = projects["projects"]!["nodes"]!.ToList();
        var group = (await GroupsAsync(Office, "DEPARTMENT", "department { code } projects byStatus { nodes { status count } } byColour { nodes { colour count } } withoutColour budget { amount }"))
            .Single(g => (string?)g["department"]!["code"] == "GAJ");

        Assert.Equal(nodes.Count, (int)group["projects"]!);
        foreach (var status in group["byStatus"]!["nodes"]!)
            Assert.Equal(nodes.Count(n => (string?)n["status"] == (string?)status["status"]), (int)status["count"]!);
        Assert.Equal(nodes.Count, group["byStatus"]!["nodes"]!.Sum(s => (int)s["count"]!));
        foreach (var colour in group["byColour"]!["nodes"]!)
            Assert.Equal(nodes.Count(n => (string?)n["colour"] == (string?)colour["colour"]), (int)colour["count"]!);
        Assert.Equal(nodes.Count(n => n["colour"]!.Type == JTokenType.Null), (int)group["withoutColour"]!);
        var budget = nodes.Sum(n => (decimal)(n["baseline"]!.Type == JTokenType.Null ? n["currentPlan"]! : n["baseline"]!)["budget"]!["amount"]!);
        Assert.Equal(budget, (decimal)group["budget"]!["amount"]!);
    }

    [Fact]
    public async Task A_fund_years_allocations_are_the_funds_own_total()
    {
        foreach (var group in await GroupsAsync(Office, "FUND_YEAR", "fundYear allocated { amount }"))
        {
            var fund = (await Office.PostQueryAsync("query($y: Int!) { specialFund(year: $y) { allocated { amount } } }", new { y = (int)group["fundYear"]! }))
                .AssertNoErrors().Data["specialFund"]!;
            Assert.Equal((decimal)fund["allocated"]!["amount"]!, (decimal)group["allocated"]!["amount"]!);
        }
    }

    [Fact]
    public async Task Dashboards_read_the_counts_and_only_the_funds_managers_the_money()
    {
        var dashboard = factory.CreateClient();
        dashboard.DefaultRequestHeaders.Authorization = new("Bearer", factory.Token(new InfoGov.Api.Engine.Authentication.TokenRequest([Roles.Dashboard], null, true)));
        var groups = await GroupsAsync(dashboard, "PROGRAMME", "programme { code } projects byColour { nodes { colour count } }");
        Assert.Contains(groups, g => g["programme"]!.Type == JTokenType.Null);
        // The projects a dashboard sees (the published ones), each in one programme group or the one of none.
        Assert.Equal((int)(await dashboard.PostQueryAsync("{ projects { totalCount } }")).AssertNoErrors().Data["projects"]!["totalCount"]!, groups.Sum(g => (int)g["projects"]!));

        Assert.Contains("AUTH_NOT_AUTHORIZED", (await dashboard.PostQueryAsync("{ portfolio(groupBy: PROGRAMME) { nodes { budget { amount } } } }")).ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await factory.ClientAs("GAJ", Roles.DepartmentLeader).PostQueryAsync("{ portfolio(groupBy: PROGRAMME) { nodes { spent { amount } } } }")).ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await factory.CreateClient().PostQueryAsync("{ portfolio(groupBy: PROGRAMME) { nodes { projects } } }")).ErrorCodes);
    }
}
