using System.Net;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.Projects.Delivery;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Supervision;

/// <summary>
/// A quarterly committee meeting whose decision concerns a project and whose action item is followed to done: the
/// department reports progress, the office records it done, and it leaves the list of open items.
/// </summary>
public sealed class CommitteeMeetingTests(InfoGovApiFactory host) : IClassFixture<InfoGovApiFactory>
{
    private const string Item = "actionItem { id version isDone doneOn progress outcome }";

    [Fact]
    public async Task A_meeting_decision_on_a_project_and_its_action_item_followed_to_done()
    {
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var project = (await office.PostQueryAsync("{ projects(first: 1, filter: { statuses: [IN_IMPLEMENTATION], departmentCode: \"GAJ\" }) { nodes { id code } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]![0]!;
        var plan = (string)(await office.PostQueryAsync("{ plan(code: \"GH-GAJ-2026-5Y\") { id } }")).AssertNoErrors().Data["plan"]!["id"]!;
        var meeting = (await ProjectUnderWay.CallAsync(office, "recordCommitteeMeeting", "RecordCommitteeMeetingInput", new
        {
            heldOn = "2026-11-18",
            agenda = "一、重点项目进展；二、数据共享；三、明年专项资金。",
            decisions = new[] { new { text = "该项目年底前完成联调上线。", projectIds = new[] { (string)project["id"]! }, planIds = new[] { plan } } },
            actionItems = new[] { new { decision = 1, description = "报送联调计划并每周报告进展。", owner = "信息化分管领导", departmentCode = "GAJ", dueOn = "2026-12-31" } },
        }, "committeeMeeting { id code quarter decisions(first: 5) { nodes { number text projects(first: 20) { nodes { code } } plans { nodes { code } } } } actionItems(first: 5) { nodes { id version number } } }"))["committeeMeeting"]!;
        Assert.StartsWith("HY-2026-Q4", (string?)meeting["code"]);
        Assert.Equal(4, (int)meeting["quarter"]!);
        Assert.Equal((string?)project["code"], (string?)meeting["decisions"]!["nodes"]![0]!["projects"]!["nodes"]![0]!["code"]);
        Assert.Equal("GH-GAJ-2026-5Y", (string?)meeting["decisions"]!["nodes"]![0]!["plans"]!["nodes"]![0]!["code"]);
        var item = meeting["actionItems"]!["nodes"]![0]!;
        var id = (string)item["id"]!;
        Assert.Contains(id, await OpenAsync(office));

        // The department reports progress (another may not); the office records it done; it is off the open list.
        var progress = new { itemId = id, version = (int)item["version"]!, text = "联调计划已报送，完成40%。" };
        Assert.Equal("NOT_PERMITTED", await ProjectUnderWay.RefusalAsync(ProjectUnderWay.Official(host, "MZJ", "cio", Roles.InformationManager), "reportActionProgress", "ActionStepInput", progress));
        var step = (await ProjectUnderWay.CallAsync(ProjectUnderWay.Official(host, "GAJ", "cio", Roles.InformationManager), "reportActionProgress", "ActionStepInput", progress, Item))["actionItem"]!;
        Assert.Equal((false, "联调计划已报送，完成40%。"), ((bool)step["isDone"]!, (string?)step["progress"]));

        // The printable record, read by a government user: the decision with its project and plan, the item under way.
        var code = (string)meeting["code"]!;
        var record = await RecordAsync(host.ClientAs("GAJ", Roles.Staff), code);
        Assert.Contains($"<h1>信息委工作例会纪要</h1>", record);
        Assert.Contains("<p>一、重点项目进展；二、数据共享；三、明年专项资金。</p>", record);
        Assert.Contains($"<td>1</td><td>该项目年底前完成联调上线。</td><td>{project["code"]}</td><td>GH-GAJ-2026-5Y</td>", record);
        Assert.Contains("<td>2026-12-31</td><td>办理中：联调计划已报送，完成40%。</td>", record);
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await ProjectUnderWay.Official(host, "GAJ", "cio", Roles.InformationManager)
            .PostQueryAsync("mutation($i: ActionStepInput!) { completeActionItem(input: $i) { errors { code } } }", new { i = progress with { version = (int)step["version"]! } })).ErrorCodes);
        step = (await ProjectUnderWay.CallAsync(office, "completeActionItem", "ActionStepInput", new { itemId = id, version = (int)step["version"]!, text = "系统已于12月上线。" }, Item))["actionItem"]!;
        Assert.Equal((true, "2026-11-20", "系统已于12月上线。"), ((bool)step["isDone"]!, (string?)step["doneOn"], (string?)step["outcome"]));
        Assert.DoesNotContain(id, await OpenAsync(office));
        Assert.Contains("<td>已办结（2026-11-20）：系统已于12月上线。</td>", await RecordAsync(office, code));

        // The public and dashboards are refused it; an unknown code is a coded 404.
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync($"/meetings/{code}")).StatusCode);
        var dashboard = host.CreateClient();
        dashboard.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.Dashboard], null, IsApp: true)));
        Assert.Equal(HttpStatusCode.Forbidden, (await dashboard.GetAsync($"/meetings/{code}")).StatusCode);
        var missing = await office.GetAsync("/meetings/HY-1999-Q1");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("NOT_FOUND", await missing.Content.ReadAsStringAsync());
        Assert.Equal("INVALID_TRANSITION", await ProjectUnderWay.RefusalAsync(office, "completeActionItem", "ActionStepInput", new { itemId = id, version = (int)step["version"]!, text = "x" }));
    }

    [Fact]
    public async Task A_meeting_is_held_already_decides_something_and_its_items_follow_a_decision()
    {
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var decisions = new[] { new { text = "x", projectIds = Array.Empty<string>() } };
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(office, "recordCommitteeMeeting", "RecordCommitteeMeetingInput",
            new { heldOn = "2026-12-01", agenda = "x", decisions }));
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(office, "recordCommitteeMeeting", "RecordCommitteeMeetingInput",
            new { heldOn = "2026-11-01", agenda = "x", decisions = Array.Empty<object>() }));
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(office, "recordCommitteeMeeting", "RecordCommitteeMeetingInput",
            new { heldOn = "2026-11-01", agenda = "x", decisions, actionItems = new[] { new { decision = 2, description = "x", owner = "x", departmentCode = "GAJ", dueOn = "2026-12-01" } } }));
        Assert.Equal("NOT_FOUND", await ProjectUnderWay.RefusalAsync(office, "recordCommitteeMeeting", "RecordCommitteeMeetingInput",
            new { heldOn = "2026-11-01", agenda = "x", decisions, actionItems = new[] { new { decision = 1, description = "x", owner = "x", departmentCode = "NOPE", dueOn = "2026-12-01" } } }));
    }

    private static async Task<string> RecordAsync(HttpClient client, string code)
    {
        var response = await client.GetAsync($"/meetings/{code}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<List<string>> OpenAsync(HttpClient office) =>
        (await office.PostQueryAsync("{ openActionItems(first: 100) { nodes { id } } }")).AssertNoErrors().Data["openActionItems"]!["nodes"]!.Select(n => (string)n["id"]!).ToList();
}
