using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Notifications;

/// <summary>Point-in-time reads: a project as the office saw it before a re-baseline.</summary>
public sealed class AsOfTests(AsOfTests.Host host) : IClassFixture<AsOfTests.Host>
{
    /// <summary>A host of its own whose clock runs, so that states saved one after the other have different instants.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new RunningTimeProvider(Now)));
        }
    }

    private const string Fields = "id code version baselineRevision baseline { dueOn } currentPlan { dueOn } status";

    private HttpClient Office => host.ClientAs("XXB", Roles.CommitteeOffice);

    private async Task<JToken> ProjectAsync(string code, DateTimeOffset? asOf = null) =>
        (await Office.PostQueryAsync($"query($c: String!, $t: DateTime) {{ project(code: $c, asOf: $t) {{ {Fields} }} }}", new { c = code, t = asOf }))
        .AssertNoErrors().Data["project"]!;

    private async Task<DateTimeOffset> ServerNowAsync()
    {
        await Task.Delay(50); // the clock runs: what happens next is later than this
        return host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
    }

    [Fact]
    public async Task A_project_read_as_of_an_instant_before_its_re_baseline_shows_the_old_baseline()
    {
        var project = (await Office.PostQueryAsync("{ projects(first: 100) { nodes { code status changeRequests { nodes { status } } } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]!
            .First(p => (string?)p["status"] == "IN_IMPLEMENTATION" && p["changeRequests"]!["nodes"]!.All(c => (string?)c["status"] != "PENDING"));
        var code = (string)project["code"]!;
        var before = await ProjectAsync(code);
        var seen = await ServerNowAsync();

        var dueOn = DateOnly.Parse((string)before["baseline"]!["dueOn"]!).AddMonths(3);
        var requested = (await Office.PostQueryAsync(
            "mutation($i: RequestChangeInput!) { requestChange(input: $i) { project { changeRequests(first: 1) { nodes { id version } } } errors { code message } } }",
            new { i = new { projectId = (string)before["id"]!, kind = "DATES", reason = "As-of test", dueOn = dueOn.ToString("yyyy-MM-dd") } })).AssertNoErrors().Data["requestChange"]!;
        Assert.Empty(requested["errors"]!);
        var change = requested["project"]!["changeRequests"]!["nodes"]![0]!;
        var decided = (await Office.PostQueryAsync("mutation($i: DecideChangeInput!) { decideChange(input: $i) { errors { code message } } }",
            new { i = new { changeRequestId = (string)change["id"]!, version = (int)change["version"]!, approve = true } })).AssertNoErrors().Data["decideChange"]!;
        Assert.Empty(decided["errors"]!);

        var now = await ProjectAsync(code);
        Assert.Equal(dueOn.ToString("yyyy-MM-dd"), (string?)now["baseline"]!["dueOn"]);
        Assert.Equal((int)before["baselineRevision"]! + 1, (int)now["baselineRevision"]!);

        var then = await ProjectAsync(code, seen);
        Assert.Equal((string?)before["baseline"]!["dueOn"], (string?)then["baseline"]!["dueOn"]);
        Assert.Equal((int)before["baselineRevision"]!, (int)then["baselineRevision"]!);
        Assert.Equal((int)before["version"]!, (int)then["version"]!);

        // The same through node(id:, asOf:), and before the project existed in this database: null.
        var viaNode = (await Office.PostQueryAsync("query($id: ID!, $t: DateTime) { node(id: $id, asOf: $t) { ... on Project { baseline { dueOn } } } }",
            new { id = (string)before["id"]!, t = seen })).AssertNoErrors().Data["node"]!;
        Assert.Equal((string?)before["baseline"]!["dueOn"], (string?)viaNode["baseline"]!["dueOn"]);
        Assert.Equal(JTokenType.Null, (await ProjectAsync(code, InfoGovApiFactory.Now.AddYears(-5))).Type);
    }

    [Fact]
    public async Task As_of_is_for_government_users_and_dashboards_and_for_objects_that_keep_history()
    {
        var anonymous = await host.CreateClient().PostQueryAsync("{ project(code: \"XM-2024-009\", asOf: \"2026-11-20T00:00:00Z\") { code } }");
        Assert.Contains("AUTH_NOT_AUTHORIZED", anonymous.ErrorCodes);

        var system = (string)(await Office.PostQueryAsync("{ informationSystems(first: 1) { nodes { id } } }")).AssertNoErrors().Data["informationSystems"]!["nodes"]![0]!["id"]!;
        var refused = await Office.PostQueryAsync("query($id: ID!) { node(id: $id, asOf: \"2026-11-20T00:00:00Z\") { id } }", new { id = system });
        Assert.Contains("INVALID_ARGUMENT", refused.ErrorCodes);
    }

    [Fact]
    public async Task A_plan_read_as_of_an_instant_before_the_office_decided_shows_it_submitted()
    {
        async Task<JToken> PlanAsync(DateTimeOffset? asOf = null) =>
            (await Office.PostQueryAsync("query($t: DateTime) { plan(code: \"GH-GAJ-2027-1Y\", asOf: $t) { id status version officeComment } }", new { t = asOf }))
            .AssertNoErrors().Data["plan"]!;
        var submitted = await PlanAsync();
        Assert.Equal("SUBMITTED", (string?)submitted["status"]);
        var seen = await ServerNowAsync();
        var decided = (await Office.PostQueryAsync("mutation($i: DecidePlanInput!) { decidePlan(input: $i) { errors { code message } } }",
            new { i = new { id = (string)submitted["id"]!, version = (int)submitted["version"]!, approve = true, comment = "同意。" } })).AssertNoErrors().Data["decidePlan"]!;
        Assert.Empty(decided["errors"]!);

        Assert.Equal("APPROVED", (string?)(await PlanAsync())["status"]);
        var then = await PlanAsync(seen);
        Assert.Equal("SUBMITTED", (string?)then["status"]);
        Assert.Equal(JTokenType.Null, then["officeComment"]!.Type);
        // Another department's staff read the approved plan, but not what it was on its way up.
        var staff = host.ClientAs("CZJ", Roles.Staff);
        const string query = "query($t: DateTime) { plan(code: \"GH-GAJ-2027-1Y\", asOf: $t) { status } }";
        Assert.Equal("APPROVED", (string?)(await staff.PostQueryAsync(query, new { t = (DateTimeOffset?)null })).AssertNoErrors().Data["plan"]!["status"]);
        Assert.Equal(JTokenType.Null, (await staff.PostQueryAsync(query, new { t = seen })).AssertNoErrors().Data["plan"]!.Type);
    }
}
