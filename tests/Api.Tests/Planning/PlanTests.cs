using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Planning;

/// <summary>A plan's way up over HTTP, as each person on it acts: drafted, endorsed, submitted, returned
/// with comments, revised, approved; then delivered by a project, and compared with the projects.</summary>
public sealed class PlanTests(PlanTests.Host host) : IClassFixture<PlanTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    // The market regulation bureau has no plans in the demo data.
    private const string Department = "SCJG";

    private HttpClient Manager => host.ClientAs(Department, Roles.InformationManager);
    private HttpClient Head => host.ClientAs(Department, Roles.DepartmentLeader);
    private HttpClient Office => host.ClientAs("XXB", Roles.CommitteeOffice);

    private static async Task<JToken> Call(HttpClient client, string mutation, string inputType, object input, string fields = "plan { id version status officeComment }")
    {
        var payload = (await client.PostQueryAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ {fields} errors {{ code field message }} }} }}", new { i = input }))
            .AssertNoErrors().Data[mutation]!;
        Assert.True(!payload["errors"]!.Any(), $"{mutation} refused: {payload["errors"]}");
        return payload;
    }

    private static async Task<JToken> Refusal(HttpClient client, string mutation, string inputType, object input)
    {
        var payload = (await client.PostQueryAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ errors {{ code field message }} }} }}", new { i = input }))
            .AssertNoErrors().Data[mutation]!;
        return Assert.Single(payload["errors"]!);
    }

    private static async Task<JToken?> PlanAs(HttpClient client, string code) =>
        (await client.PostQueryAsync("query($c: String!) { plan(code: $c) { id status items { totalCount } } }", new { c = code })).AssertNoErrors().Data["plan"] is JObject plan ? plan : null;

    [Fact]
    public async Task A_plan_goes_up_is_returned_with_comments_comes_back_revised_and_is_approved_then_projects_deliver_it()
    {
        var plan = (await Call(Manager, "draftPlan", "DraftPlanInput", new
        {
            departmentCode = Department,
            kind = "ANNUAL",
            startYear = 2027,
            title = "市场监管2027年度信息化实施计划",
            objectives = "建设智慧监管平台。",
            budgetEnvelope = new { amount = 5_000_000m },
        }))["plan"]!;
        var id = (string)plan["id"]!;
        Assert.Equal("DRAFT", (string?)plan["status"]);

        var platform = (string)(await Call(Manager, "addPlanItem", "AddPlanItemInput",
            new { planId = id, title = "智慧监管平台", plannedBudget = new { amount = 3_000_000m }, year = 2027 }, "planItem { id }"))["planItem"]!["id"]!;
        var app = (string)(await Call(Manager, "addPlanItem", "AddPlanItemInput",
            new { planId = id, title = "移动执法终端", plannedBudget = new { amount = 2_500_000m }, year = 2027 }, "planItem { id }"))["planItem"]!["id"]!;
        Assert.Equal("VALIDATION", (string?)(await Refusal(Manager, "addPlanItem", "AddPlanItemInput",
            new { planId = id, title = "x", plannedBudget = new { amount = 1m }, year = 2028 }))["code"]);
        // Another department's information manager does not write this department's plan.
        Assert.Equal("NOT_PERMITTED", (string?)(await Refusal(host.ClientAs("GAJ", Roles.InformationManager), "addPlanItem", "AddPlanItemInput",
            new { planId = id, title = "x", plannedBudget = new { amount = 1m }, year = 2027 }))["code"]);

        // A draft stays in the department: its staff see it, another department's staff do not.
        Assert.NotNull(await PlanAs(host.ClientAs(Department, Roles.Staff), "GH-SCJG-2027-1Y"));
        Assert.Null(await PlanAs(host.ClientAs("GAJ", Roles.Staff), "GH-SCJG-2027-1Y"));

        // 5.5 million planned in an envelope of 5: the head cannot endorse it.
        var version = await VersionAsync(id);
        Assert.Equal("VALIDATION", (string?)(await Refusal(Head, "endorsePlan", "PlanStepInput", new { id, version }))["code"]);
        await Call(Manager, "removePlanItem", "RemovePlanItemInput", new { id = app });
        var removed = app;
        app = (string)(await Call(Manager, "addPlanItem", "AddPlanItemInput",
            new { planId = id, title = "移动执法终端", plannedBudget = new { amount = 1_500_000m }, year = 2027 }, "planItem { id }"))["planItem"]!["id"]!;

        // The removed item is a tombstone in the change feed, for systems that keep a copy.
        var feed = (await Office.PostQueryAsync("{ changes(since: 0, first: 100, types: [\"PlanItem\"]) { nodes { id kind } } }")).AssertNoErrors().Data["changes"]!["nodes"]!;
        Assert.Contains(feed, c => (string?)c["id"] == removed && (string?)c["kind"] == "REMOVED");
        Assert.Contains(feed, c => (string?)c["id"] == platform && (string?)c["kind"] == "CHANGED");

        // Only the head endorses; the manager submits.
        Assert.Equal("NOT_PERMITTED", (string?)(await Refusal(host.ClientAs("GAJ", Roles.DepartmentLeader), "endorsePlan", "PlanStepInput", new { id, version = await VersionAsync(id) }))["code"]);
        var endorsed = (await Call(Head, "endorsePlan", "PlanStepInput", new { id, version = await VersionAsync(id) }))["plan"]!;
        Assert.Equal("ENDORSED", (string?)endorsed["status"]);
        var submitted = (await Call(Manager, "submitPlan", "PlanStepInput", new { id, version = (int)endorsed["version"]! }))["plan"]!;
        Assert.Equal("SUBMITTED", (string?)submitted["status"]);

        // The department's manager follows the office's decisions; another department's staff see approved plans only.
        const string decisions = "subscription { events(kinds: [PLAN_DECIDED]) { kind subjectId subject { ... on Plan { code status officeComment } } } }";
        await using var managerSocket = await GraphQLSocket.ConnectAsync(host);
        await managerSocket.InitAsync(host.Token(new TokenRequest([Roles.InformationManager], Department)));
        await managerSocket.SubscribeAsync("m", decisions);
        await using var staffSocket = await GraphQLSocket.ConnectAsync(host);
        await staffSocket.InitAsync(host.Token(new TokenRequest([Roles.Staff], "GAJ")));
        await staffSocket.SubscribeAsync("s", decisions);

        // The office returns it, and must say why.
        Assert.Equal("comment", (string?)(await Refusal(Office, "decidePlan", "DecidePlanInput", new { id, version = (int)submitted["version"]!, approve = false }))["field"]);
        var returned = (await Call(Office, "decidePlan", "DecidePlanInput",
            new { id, version = (int)submitted["version"]!, approve = false, comment = "移动执法终端并入市级统一移动平台。" }))["plan"]!;
        Assert.Equal("RETURNED", (string?)returned["status"]);
        Assert.Equal("移动执法终端并入市级统一移动平台。", (string?)returned["officeComment"]);
        var told = (await managerSocket.ReceiveAsync())["payload"]!["data"]!["events"]!;
        Assert.Equal(("PLAN_DECIDED", id, "RETURNED"), ((string?)told["kind"], (string?)told["subjectId"], (string?)told["subject"]!["status"]));
        // A returned plan is revised before the head endorses it again.
        Assert.Equal("INVALID_TRANSITION", (string?)(await Refusal(Head, "endorsePlan", "PlanStepInput", new { id, version = (int)returned["version"]! }))["code"]);
        await Call(Manager, "removePlanItem", "RemovePlanItemInput", new { id = app });
        var revised = (await Call(Manager, "revisePlan", "RevisePlanInput", new { id, version = await VersionAsync(id), objectives = "建设智慧监管平台，移动执法并入市级平台。" }))["plan"]!;
        Assert.Equal("DRAFT", (string?)revised["status"]);
        var again = (await Call(Head, "endorsePlan", "PlanStepInput", new { id, version = (int)revised["version"]! }))["plan"]!;
        again = (await Call(Manager, "submitPlan", "PlanStepInput", new { id, version = (int)again["version"]! }))["plan"]!;
        var approved = (await Call(Office, "decidePlan", "DecidePlanInput", new { id, version = (int)again["version"]!, approve = true, comment = "同意。" }))["plan"]!;
        Assert.Equal("APPROVED", (string?)approved["status"]);
        Assert.Equal("APPROVED", (string?)(await managerSocket.ReceiveAsync())["payload"]!["data"]!["events"]!["subject"]!["status"]);
        // The other department's staff heard of the approval only: the return was about a plan they may not read.
        var heard = (await staffSocket.ReceiveAsync())["payload"]!["data"]!["events"]!;
        Assert.Equal((id, "APPROVED"), ((string?)heard["subjectId"], (string?)heard["subject"]!["status"]));

        // Approved, it is in force: every government user reads it, nobody edits it.
        Assert.Equal(1, (int)(await PlanAs(host.ClientAs("GAJ", Roles.Staff), "GH-SCJG-2027-1Y"))!["items"]!["totalCount"]!);
        Assert.Equal("INVALID_TRANSITION", (string?)(await Refusal(Manager, "addPlanItem", "AddPlanItemInput",
            new { planId = id, title = "x", plannedBudget = new { amount = 1m }, year = 2027 }))["code"]);

        // A project of the department delivers the platform item.
        var projects = (await Office.PostQueryAsync("query($d: String) { projects(first: 100, filter: { departmentCode: $d }) { nodes { id code version status } } }", new { d = Department }))
            .AssertNoErrors().Data["projects"]!["nodes"]!.Where(p => (string?)p["status"] is not ("DRAFT" or "REJECTED" or "CANCELLED")).ToList();
        Assert.True(projects.Count >= 2, "The fixture needs two SCJG projects under way.");
        var delivering = projects[0];
        var linked = (await Call(Manager, "linkProjectToPlanItem", "LinkProjectToPlanItemInput",
            new { projectId = (string)delivering["id"]!, version = (int)delivering["version"]!, planItemId = platform }, "project { code planItem { title plan { code } } }"))["project"]!;
        Assert.Equal("GH-SCJG-2027-1Y", (string?)linked.SelectToken("planItem.plan.code"));
        // Another department's project does not deliver this department's plan.
        var other = (await Office.PostQueryAsync("{ projects(first: 1, filter: { departmentCode: \"MZJ\", statuses: [IN_IMPLEMENTATION] }) { nodes { id version } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]![0]!;
        Assert.Equal("VALIDATION", (string?)(await Refusal(Office, "linkProjectToPlanItem", "LinkProjectToPlanItemInput",
            new { projectId = (string)other["id"]!, version = (int)other["version"]!, planItemId = platform }))["code"]);

        // The gaps: the department's projects under way with no plan item, and no approved item left undelivered.
        var gaps = (await Office.PostQueryAsync("query($d: String) { planGaps(departmentCode: $d) { itemsWithoutProject { nodes { title } } projectsWithoutPlanItem(first: 100) { nodes { code } } } }", new { d = Department }))
            .AssertNoErrors().Data["planGaps"]!;
        Assert.Empty(gaps["itemsWithoutProject"]!["nodes"]!);
        Assert.Equal(projects.Skip(1).Select(p => (string)p["code"]!).Order(), gaps["projectsWithoutPlanItem"]!["nodes"]!.Select(p => (string)p["code"]!).Order());

        // Unlinked, the item is a gap again and the project joins the unplanned ones.
        var unlinked = (await Office.PostQueryAsync("query($c: String!) { project(code: $c) { id version } }", new { c = (string)delivering["code"]! })).AssertNoErrors().Data["project"]!;
        await Call(Manager, "linkProjectToPlanItem", "LinkProjectToPlanItemInput", new { projectId = (string)unlinked["id"]!, version = (int)unlinked["version"]! }, "project { code }");
        gaps = (await Office.PostQueryAsync("query($d: String) { planGaps(departmentCode: $d, year: 2027) { itemsWithoutProject { nodes { title } } } }", new { d = Department }))
            .AssertNoErrors().Data["planGaps"]!;
        Assert.Equal("智慧监管平台", (string?)Assert.Single(gaps["itemsWithoutProject"]!["nodes"]!)["title"]);
    }

    [Fact]
    public async Task Demo_plans_cover_every_step_and_most_projects()
    {
        var plans = (await Office.PostQueryAsync("{ plans(first: 100) { nodes { code status isCityPlan } } }")).AssertNoErrors().Data["plans"]!["nodes"]!;
        Assert.Equal(["APPROVED", "DRAFT", "ENDORSED", "RETURNED", "SUBMITTED"], plans.Select(p => (string)p["status"]!).Distinct().Order());
        Assert.Contains(plans, p => (bool)p["isCityPlan"]!);
        // Another department's staff see the approved ones and nothing on its way up.
        var staff = (await host.ClientAs("CZJ", Roles.Staff).PostQueryAsync("{ plans(first: 100) { nodes { status } } }")).AssertNoErrors().Data["plans"]!["nodes"]!;
        Assert.All(staff, p => Assert.Equal("APPROVED", (string?)p["status"]));
        Assert.Equal(plans.Count(p => (string?)p["status"] == "APPROVED"), staff.Count());
    }

    private async Task<int> VersionAsync(string id) =>
        (int)(await Office.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on Plan { version } } }", new { id })).AssertNoErrors().Data["node"]!["version"]!;
}
