using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.Projects.Delivery;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Supervision;

/// <summary>
/// An inspection with two rectification items: one answered, reopened, answered again and closed; the other left
/// open past its deadline, overdue on the office's list and in the month's bulletin (query and printed document);
/// a criticism published resting on that inspection and shown on the department.
/// </summary>
public sealed class InspectionTests(InspectionTests.Host host) : IClassFixture<InspectionTests.Host>
{
    /// <summary>A host of its own whose clock the test moves.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        public ShiftableTimeProvider Clock { get; } = new(Now);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    private const string Item = "rectificationItem { id version status isOverdue answer reopenReason }";
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task Two_items_one_closed_one_overdue_in_the_bulletin_and_a_criticism_resting_on_the_inspection()
    {
        HttpClient Office() => host.ClientAs("XXB", Roles.CommitteeOffice);
        HttpClient Manager(string department = "WJW") => ProjectUnderWay.Official(host, department, "cio", Roles.InformationManager);

        // 20 November: the office inspects WJW and sets two items, due 10 and 15 December.
        var recorded = (await ProjectUnderWay.CallAsync(Office(), "recordInspection", "RecordInspectionInput", new
        {
            departmentCode = "WJW",
            title = "信息化工作专项检查",
            inspectedOn = "2026-11-19",
            findings = "项目月报滞后；未开展等保测评。",
            items = new[]
            {
                new { finding = "月报滞后两个月。", requirement = "补报并建立月报提醒机制。", owner = "信息化分管领导", dueOn = "2026-12-10" },
                new { finding = "系统未开展等保测评。", requirement = "完成等保二级测评并报备。", owner = "信息中心主任", dueOn = "2026-12-15" },
            },
        }, "inspection { id code department { code } items(first: 10) { nodes { id version number } } }"))["inspection"]!;
        Assert.StartsWith("DC-2026-", (string?)recorded["code"]);
        var items = recorded["items"]!["nodes"]!.ToDictionary(n => (int)n["number"]!, n => (Id: (string)n["id"]!, Version: (int)n["version"]!));
        Assert.Equal(2, items.Count);

        // Item 1: answered by the department (not by another one, and not closed by it), reopened, answered again, closed.
        var answer = new { itemId = items[1].Id, version = items[1].Version, text = (string?)"已补报10月、11月月报。" };
        Assert.Equal("NOT_PERMITTED", await ProjectUnderWay.RefusalAsync(Manager("GAJ"), "answerRectification", "RectificationStepInput", answer));
        var step = (await ProjectUnderWay.CallAsync(Manager(), "answerRectification", "RectificationStepInput", answer, Item))["rectificationItem"]!;
        Assert.Equal("ANSWERED", (string?)step["status"]);
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await Manager().PostQueryAsync("mutation($i: RectificationStepInput!) { closeRectification(input: $i) { errors { code } } }",
            new { i = new { itemId = items[1].Id, version = (int)step["version"]! } })).ErrorCodes);
        step = (await ProjectUnderWay.CallAsync(Office(), "reopenRectification", "RectificationStepInput",
            new { itemId = items[1].Id, version = (int)step["version"]!, text = (string?)"未见提醒机制。" }, Item))["rectificationItem"]!;
        Assert.Equal(("OPEN", "未见提醒机制。"), ((string?)step["status"], (string?)step["reopenReason"]));
        step = (await ProjectUnderWay.CallAsync(Manager(), "answerRectification", "RectificationStepInput",
            answer with { version = (int)step["version"]!, text = "已补报，并设每月5日提醒。" }, Item))["rectificationItem"]!;
        step = (await ProjectUnderWay.CallAsync(Office(), "closeRectification", "RectificationStepInput",
            new { itemId = items[1].Id, version = (int)step["version"]!, text = (string?)null }, Item))["rectificationItem"]!;
        Assert.Equal("CLOSED", (string?)step["status"]);
        Assert.Equal("INVALID_TRANSITION", await ProjectUnderWay.RefusalAsync(Office(), "closeRectification", "RectificationStepInput",
            new { itemId = items[1].Id, version = (int)step["version"]!, text = (string?)null }));

        // 16 December: item 2 was never answered: overdue on the list and in December's bulletin; item 1 is not.
        host.Clock.Now = new DateTimeOffset(2026, 12, 16, 10, 0, 0, Beijing);
        var overdue = (await Office().PostQueryAsync("{ overdueRectifications(first: 100) { nodes { id isOverdue inspection { code } } } }"))
            .AssertNoErrors().Data["overdueRectifications"]!["nodes"]!;
        Assert.Contains(overdue, n => (string?)n["id"] == items[2].Id && (bool)n["isOverdue"]!);
        Assert.DoesNotContain(overdue, n => (string?)n["id"] == items[1].Id);
        var inBulletin = (await Office().PostQueryAsync("{ bulletin(month: \"2026-12-01\") { overdueRectifications(first: 100) { nodes { id } } } }"))
            .AssertNoErrors().Data["bulletin"]!["overdueRectifications"]!["nodes"]!.Select(n => (string?)n["id"]).ToList();
        Assert.Contains(items[2].Id, inBulletin);
        Assert.DoesNotContain(items[1].Id, inBulletin);
        var html = await (await Office().GetAsync("/bulletins/2026-12")).Content.ReadAsStringAsync();
        Assert.Contains("十、逾期未整改的事项（", html);
        Assert.Contains("<td>完成等保二级测评并报备。</td><td>信息中心主任</td><td>2026-12-15</td>", html);

        // A criticism resting on the inspection, shown on the department; one resting on another department's inspection is refused.
        var notice = new { kind = "CRITICISM", departmentCode = "WJW", reason = "等保测评整改逾期未完成。", basis = "INSPECTION", basisId = (string)recorded["id"]!, bulletinMonth = (string?)null };
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(Office(), "publishNotice", "PublishNoticeInput", notice with { departmentCode = "GAJ" }));
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await Manager().PostQueryAsync("mutation($i: PublishNoticeInput!) { publishNotice(input: $i) { errors { code } } }",
            new { i = notice })).ErrorCodes);
        await ProjectUnderWay.CallAsync(Office(), "publishNotice", "PublishNoticeInput", notice, "supervisionNotice { id }");
        var shown = (await host.ClientAs("WJW", Roles.Staff).PostQueryAsync("{ department(code: \"WJW\") { notices(first: 10) { nodes { kind reason publishedOn inspection { code } } } } }"))
            .AssertNoErrors().Data["department"]!["notices"]!["nodes"]!;
        Assert.Contains(shown, n => (string?)n["kind"] == "CRITICISM" && (string?)n["inspection"]?["code"] == (string?)recorded["code"] && (string?)n["publishedOn"] == "2026-12-16");
        var ofYear = (await Office().PostQueryAsync("{ notices(first: 100, departmentCode: \"WJW\", kind: CRITICISM, year: 2026) { nodes { reason } } }"))
            .AssertNoErrors().Data["notices"]!["nodes"]!;
        Assert.Contains(ofYear, n => (string?)n["reason"] == "等保测评整改逾期未完成。");

        // The public reads none of it.
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await host.CreateClient().PostQueryAsync("{ inspections(first: 5) { nodes { code } } }")).ErrorCodes);

        // The 2026 assessment counts WJW's items due by now: item 1 put right in time, item 2 overdue (with any the demo
        // inspections set it); the year's criticism is shown beside the score.
        await ProjectUnderWay.CallAsync(Office(), "runAssessment", "AssessmentYearInput", new { year = 2026 }, "assessmentYear { __typename }");
        var assessment = (await Office().PostQueryAsync("{ department(code: \"WJW\") { assessments(first: 10) { nodes { year indicators(first: 20) { nodes { indicator actual inputs isComputed } } notices(first: 10) { nodes { kind reason } } } } inspections(first: 50) { nodes { code items(first: 50) { nodes { number dueOn status answeredOn } } } } } }"))
            .AssertNoErrors().Data["department"]!;
        var ofYear2026 = assessment["assessments"]!["nodes"]!.Single(a => (int)a["year"]! == 2026);
        var timeliness = ofYear2026["indicators"]!["nodes"]!.Single(i => (string?)i["indicator"] == "RECTIFICATION_TIMELINESS");
        Assert.True((bool)timeliness["isComputed"]!);
        var inputs = timeliness["inputs"]!.Select(i => (string)i!).ToList();
        Assert.Contains($"{recorded["code"]}#1", inputs);
        Assert.Contains($"{recorded["code"]}#2", inputs);
        var due = assessment["inspections"]!["nodes"]!.SelectMany(i => i["items"]!["nodes"]!.Select(n => (Inspection: (string)i["code"]!, Item: n)))
            .Where(x => DateOnly.Parse((string)x.Item["dueOn"]!) is var d && d.Year == 2026 && d < new DateOnly(2026, 12, 16)).ToList();
        Assert.Equal(due.Select(x => $"{x.Inspection}#{x.Item["number"]}").Order(), inputs.Order());
        var onTime = due.Count(x => (string?)x.Item["status"] != "OPEN" && x.Item["answeredOn"]!.Type != JTokenType.Null
                                    && DateOnly.Parse((string)x.Item["answeredOn"]!) <= DateOnly.Parse((string)x.Item["dueOn"]!));
        Assert.Equal(Math.Round((decimal)onTime / due.Count, 4), (decimal)timeliness["actual"]!);
        Assert.Contains(ofYear2026["notices"]!["nodes"]!, n => (string?)n["kind"] == "CRITICISM" && (string?)n["reason"] == "等保测评整改逾期未完成。");
    }

    [Fact]
    public async Task An_inspection_names_one_subject_is_held_already_and_sets_deadlines_after_it()
    {
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var both = new { departmentCode = "WJW", projectId = "bm9wZQ==", title = "x", inspectedOn = "2026-11-01", findings = "x" };
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(office, "recordInspection", "RecordInspectionInput", both));
        var future = new { departmentCode = "WJW", title = "x", inspectedOn = "2027-01-01", findings = "x" };
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(office, "recordInspection", "RecordInspectionInput", future));
        var early = new { departmentCode = "WJW", title = "x", inspectedOn = "2026-11-01", findings = "x", items = new[] { new { finding = "x", requirement = "x", owner = "x", dueOn = "2026-11-01" } } };
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(office, "recordInspection", "RecordInspectionInput", early));
        Assert.Equal("NOT_FOUND", await ProjectUnderWay.RefusalAsync(office, "recordInspection", "RecordInspectionInput", future with { departmentCode = "NOPE", inspectedOn = "2026-11-01" }));
    }
}
