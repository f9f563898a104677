using System.Net;
using GraphQL.Types;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Api.Tests.Authorization;

/// <summary>Role checks before execution: every selected field, however it is reached.</summary>
[Collection(ApiCollection.Name)]
public class FieldAccessTests(InfoGovApiFactory factory)
{
    [Fact]
    public void Every_schema_element_declares_who_may_read_it()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        Assert.Empty(AccessDeclarations.Undeclared(schema));
    }

    [Fact]
    public void Restricted_fields_say_who_may_read_them_in_their_description()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var budgetLines = ((IObjectGraphType)schema.AllTypes["Project"]!).GetField("budgetLines")!;
        Assert.EndsWith("Readable by: Gov.Finance, Gov.CommitteeOffice; Gov.InformationManager, Gov.DepartmentLeader of the object's own department.", budgetLines.Description);
    }

    [Fact]
    public async Task Anonymous_callers_read_published_status()
    {
        var response = await factory.CreateClient().PostQueryAsync(
            "{ projects(first: 3) { nodes { code name status colour progressPercent department { name } programme { name } currentPlan { startOn dueOn } } } }");
        response.AssertNoErrors();
    }

    [Theory]
    [InlineData("{ projects(first: 1) { nodes { budgetLines { totalCount } } } }")]
    [InlineData("{ projects(first: 1) { nodes { ...money } } } fragment money on Project { expenditures { totalCount } }")]
    [InlineData("{ projects(first: 1) { nodes { ... on Project { contracts { totalCount } } } } }")]
    [InlineData("{ projects(first: 1) { nodes { hidden: description } } }")]
    [InlineData("{ node(id: \"x\") { ... on BudgetLine { fiscalYear } } }")]
    [InlineData("{ experts { totalCount } }")]
    [InlineData("{ projects(first: 1) { nodes { currentPlan { budget { amount } } } } }")]
    public async Task Anonymous_callers_are_asked_to_authenticate_for_anything_else(string query)
    {
        var response = await factory.CreateClient().PostQueryAsync(query);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Null(response.Body["data"]);
        Assert.All(response.ErrorCodes, code => Assert.Equal("AUTH_NOT_AUTHENTICATED", code));
    }

    [Theory]
    [InlineData("{ projects(first: 1) { nodes { contracts { totalCount } } } }")]
    [InlineData("{ projects(first: 1) { nodes { progressReports(first: 1) { nodes { spendToDate { amount } } } } } }")]
    [InlineData("{ specialFund(year: 2025) { allocations { totalCount } } }")]
    [InlineData("{ experts(first: 1) { nodes { panelSeats { totalCount } } } }")]
    public async Task Staff_without_the_role_are_refused(string query)
    {
        var response = await factory.ClientAs("GAJ", Roles.Staff).PostQueryAsync(query);
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.All(response.ErrorCodes, code => Assert.Equal("AUTH_NOT_AUTHORIZED", code));
    }

    [Fact]
    public async Task Skipped_fields_are_not_checked()
    {
        var response = await factory.CreateClient().PostQueryAsync(
            "query($no: Boolean!) { projects(first: 1) { nodes { code budgetLines @include(if: $no) { totalCount } } } }", new { no = false });
        response.AssertNoErrors();
    }

    [Fact]
    public async Task Under_application_json_access_errors_keep_status_200()
    {
        var response = await factory.CreateClient().PostQueryAsync("{ experts { totalCount } }", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", response.ErrorCodes);
    }

    [Fact]
    public async Task Dashboards_read_aggregates_but_not_money_below_totals()
    {
        var dashboard = factory.CreateClient();
        dashboard.DefaultRequestHeaders.Authorization = new("Bearer", factory.Token(new TokenRequest([Roles.Dashboard], IsApp: true)));
        (await dashboard.PostQueryAsync("{ specialFunds { nodes { fiscalYear allocated { amount } remaining { amount } } } }")).AssertNoErrors();
        var refused = await dashboard.PostQueryAsync("{ specialFund(year: 2025) { allocations { totalCount } } }");
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    [Fact]
    public async Task Panel_composition_is_withheld_until_the_review_closes()
    {
        var panels = (await factory.OfficeClient().PostQueryAsync(
            "{ projects(first: 100, filter: { statuses: [UNDER_REVIEW, APPROVED] }) { nodes { reviewPanel { id isClosed } } } }")).AssertNoErrors()
            .Data["projects"]!["nodes"]!.Select(p => p["reviewPanel"]).OfType<Newtonsoft.Json.Linq.JObject>().ToList();
        var open = (string)panels.First(p => !(bool)p["isClosed"]!)["id"]!;
        var closed = (string)panels.First(p => (bool)p["isClosed"]!)["id"]!;
        var staff = factory.ClientAs("MZJ", Roles.Staff);
        const string query = "query($id: ID!) { node(id: $id) { ... on ReviewPanel { isClosed members { totalCount nodes { expert { name } } } opinions { totalCount } } } }";

        var afterClosing = (await staff.PostQueryAsync(query, new { id = closed })).AssertNoErrors();
        Assert.True((int)afterClosing.Data["node"]!["members"]!["totalCount"]! > 0);

        var whileOpen = await staff.PostQueryAsync(query, new { id = open });
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, whileOpen.Data["node"]!["members"]!.Type);
        Assert.Equal(["AUTH_NOT_AUTHORIZED", "AUTH_NOT_AUTHORIZED"], whileOpen.ErrorCodes);

        // An expert who does not sit on the open panel finds no seats and no opinions on it.
        var expert = (await factory.ClientAs(null, Roles.Expert).PostQueryAsync(query, new { id = open })).AssertNoErrors();
        Assert.Equal(0, (int)expert.Data["node"]!["members"]!["totalCount"]!);
        Assert.Equal(0, (int)expert.Data["node"]!["opinions"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("{ projects(filter: { fiscalYear: 2025 }) { totalCount } }")]
    [InlineData("{ projects(filter: { fundingCategory: RESERVE }) { totalCount } }")]
    [InlineData("query($f: ProjectFilter) { projects(filter: $f) { totalCount } }")]
    public async Task The_public_cannot_filter_on_restricted_properties(string query)
    {
        var variables = new { f = new { levels = new[] { "MUNICIPAL" } } };
        var anonymous = await factory.CreateClient().PostQueryAsync(query, variables);
        // 'projects' is non-null, so the refusal empties 'data' itself.
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, anonymous.Body["data"]!.Type);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);

        (await factory.ClientAs("GAJ", Roles.Staff).PostQueryAsync(query, variables)).AssertNoErrors();
    }

    [Fact]
    public async Task The_public_may_filter_on_public_properties()
    {
        var response = (await factory.CreateClient().PostQueryAsync(
            "{ projects(filter: { statuses: [ACCEPTED], departmentCode: \"GAJ\", search: \"系统\" }) { totalCount } dataResources(filter: { sharingTypes: [UNCONDITIONAL] }) { totalCount } }")).AssertNoErrors();
        Assert.True((int)response.Data["dataResources"]!["totalCount"]! > 0);
    }
}
