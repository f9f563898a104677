using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Operations;

/// <summary>
/// A system's security and continuity record through the API (the information centre's rules): an emergency plan and
/// its drills, a security check and a risk assessment with findings, staff training, and the indicators they feed.
/// The test clock stands at 2026-11-20.
/// </summary>
public sealed class ContinuityTests(ContinuityTests.Host host) : IClassFixture<ContinuityTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private HttpClient Office => host.ClientAs("XXB", Roles.CommitteeOffice);

    private static async Task<JToken> Call(HttpClient client, string mutation, string inputType, object input, string fields)
    {
        var payload = (await client.PostQueryAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ {fields} errors {{ code field message }} }} }}", new { i = input }))
            .AssertNoErrors().Data[mutation]!;
        Assert.True(!payload["errors"]!.Any(), $"{mutation} refused: {payload["errors"]}");
        return payload;
    }

    private static async Task<string> Refusal(HttpClient client, string mutation, string inputType, object input)
    {
        var errors = (await client.PostQueryAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ errors {{ code field }} }} }}", new { i = input }))
            .AssertNoErrors().Data[mutation]!["errors"]!;
        return (string)Assert.Single(errors)["code"]!;
    }

    /// <summary>A department that owns and operates no system yet, and so has no continuity record.</summary>
    private async Task<string> EmptyDepartmentAsync()
    {
        var codes = (await Office.PostQueryAsync("{ departments(first: 100) { nodes { code } } }")).AssertNoErrors().Data["departments"]!["nodes"]!.Select(d => (string)d["code"]!);
        foreach (var code in codes.Where(c => c is not "XXB" and not "XXZX" and not "GAJ"))
            if ((int)(await Office.PostQueryAsync("query($c: String) { informationSystems(departmentCode: $c) { totalCount } }", new { c = code })).AssertNoErrors().Data["informationSystems"]!["totalCount"]! == 0)
                return code;
        throw new InvalidOperationException("Every department has a system.");
    }

    private async Task<string> RegisterAsync(string department) =>
        (string)(await Call(Office, "registerInformationSystem", "RegisterInformationSystemInput",
            new { name = "审批业务系统", ownerDepartmentCode = department, hosting = "GOVERNMENT_CLOUD", protectionLevel = 3 }, "informationSystem { id }"))["informationSystem"]!["id"]!;

    [Fact]
    public async Task A_plan_drilled_twice_a_check_and_an_assessment_with_findings_and_training_feed_the_november_indicators()
    {
        var department = await EmptyDepartmentAsync();
        var system = await RegisterAsync(department);
        var keeper = host.ClientAs(department, Roles.InformationManager);

        // A subscriber of the centre hears the high-severity finding, and only that one.
        await using var socket = await GraphQLSocket.ConnectAsync(host);
        await socket.InitAsync(host.Token(new TokenRequest([Roles.CommitteeOffice], "XXB")));
        await socket.SubscribeAsync("findings", "subscription { events(kinds: [SECURITY_FINDING_RAISED]) { kind subject { ... on SecurityFinding { number severity system { code } } } } }");

        Assert.Equal("VALIDATION", await Refusal(keeper, "adoptEmergencyPlan", "AdoptEmergencyPlanInput",
            new { systemId = system, title = "应急预案", scenarios = "断电", approvedOn = "2026-12-01" }));
        var plan = (await Call(keeper, "adoptEmergencyPlan", "AdoptEmergencyPlanInput",
            new { systemId = system, title = "审批业务系统应急预案", scenarios = "数据库故障：切换备库。", approvedOn = "2026-11-02" },
            "emergencyPlan { id version isInForce reviewDueOn drillDueOn isDrillOverdue }"))["emergencyPlan"]!;
        Assert.True((bool)plan["isInForce"]!);
        Assert.Equal("2027-11-02", (string?)plan["reviewDueOn"]);
        Assert.Equal("2027-11-02", (string?)plan["drillDueOn"]);
        var planId = (string)plan["id"]!;

        // A failed drill must say what failed; two drills are recorded, one failed and one passed.
        Assert.Equal("VALIDATION", await Refusal(keeper, "recordEmergencyDrill", "RecordEmergencyDrillInput",
            new { planId, heldOn = "2026-11-10", scenario = "备库切换", outcome = "FAILED" }));
        Assert.Equal("VALIDATION", await Refusal(keeper, "recordEmergencyDrill", "RecordEmergencyDrillInput",
            new { planId, heldOn = "2026-11-01", scenario = "备库切换", outcome = "PASSED" }));
        await Call(keeper, "recordEmergencyDrill", "RecordEmergencyDrillInput",
            new { planId, heldOn = "2026-11-10", scenario = "备库切换", outcome = "FAILED", recoveryMinutes = 180, findings = "切换脚本缺失权限" }, "emergencyDrill { id }");
        await Call(keeper, "recordEmergencyDrill", "RecordEmergencyDrillInput",
            new { planId, heldOn = "2026-11-16", scenario = "备库切换", outcome = "PASSED", recoveryMinutes = 25 }, "emergencyDrill { id outcome plan { lastDrilledOn drillDueOn } }");
        var drilled = (await Office.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on EmergencyPlan { lastDrilledOn drillDueOn version drills { totalCount nodes { outcome } } } } }", new { id = planId }))
            .AssertNoErrors().Data["node"]!;
        Assert.Equal("2026-11-16", (string?)drilled["lastDrilledOn"]);
        Assert.Equal("2027-11-16", (string?)drilled["drillDueOn"]);
        Assert.Equal(["PASSED", "FAILED"], drilled["drills"]!["nodes"]!.Select(d => (string)d["outcome"]!));

        // A revision approved before the plan in force is refused; one after it starts the year over.
        Assert.Equal("VALIDATION", await Refusal(keeper, "reviseEmergencyPlan", "ReviseEmergencyPlanInput",
            new { id = planId, version = (int)drilled["version"]!, title = "x", scenarios = "y", approvedOn = "2026-10-01" }));
        Assert.Equal("CONFLICT", await Refusal(keeper, "reviseEmergencyPlan", "ReviseEmergencyPlanInput",
            new { id = planId, version = 1, title = "x", scenarios = "y", approvedOn = "2026-11-18" }));
        var revised = (await Call(keeper, "reviseEmergencyPlan", "ReviseEmergencyPlanInput",
            new { id = planId, version = (int)drilled["version"]!, title = "审批业务系统应急预案（修订）", scenarios = "数据库故障：自动切换备库。", approvedOn = "2026-11-18" },
            "emergencyPlan { title reviewDueOn }"))["emergencyPlan"]!;
        Assert.Equal("2027-11-18", (string?)revised["reviewDueOn"]);

        // A security check with a high finding (overdue by the 20th) and a medium one, then a risk assessment with none.
        var check = (await Call(keeper, "recordSecurityReview", "RecordSecurityReviewInput",
            new
            {
                systemId = system,
                kind = "SECURITY_CHECK",
                performedOn = "2026-11-05",
                performedBy = "市信息中心安全组",
                summary = "高危一项，中危一项。",
                findings = new object[]
                {
                    new { description = "中间件存在远程代码执行漏洞", severity = "HIGH", remedy = "升级中间件", dueOn = "2026-11-15" },
                    new { description = "管理后台未限制来源地址", severity = "MEDIUM", remedy = "配置访问白名单", dueOn = "2026-12-31" },
                },
            }, "securityReview { id findings { nodes { id number version severity isOverdue } } }"))["securityReview"]!;
        var findings = check["findings"]!["nodes"]!;
        Assert.Equal([true, false], findings.Select(f => (bool)f["isOverdue"]!));
        var heard = await socket.ReceiveAsync();
        Assert.Equal("SECURITY_FINDING_RAISED", (string?)heard["payload"]!["data"]!["events"]!["kind"]);
        Assert.Equal("HIGH", (string?)heard["payload"]!["data"]!["events"]!["subject"]!["severity"]);
        await Assert.ThrowsAsync<TimeoutException>(() => socket.ReceiveAsync(TimeSpan.FromSeconds(1)));

        var medium = findings[1]!;
        await Call(keeper, "resolveSecurityFinding", "ResolveSecurityFindingInput",
            new { id = (string)medium["id"]!, version = (int)medium["version"]!, resolvedOn = "2026-11-18", resolution = "已配置白名单" }, "securityFinding { resolvedOn }");
        Assert.Equal("INVALID_TRANSITION", await Refusal(keeper, "resolveSecurityFinding", "ResolveSecurityFindingInput",
            new { id = (string)medium["id"]!, version = (int)medium["version"]! + 1, resolvedOn = "2026-11-19", resolution = "again" }));
        await Call(keeper, "recordSecurityReview", "RecordSecurityReviewInput",
            new { systemId = system, kind = "RISK_ASSESSMENT", performedOn = "2026-11-12", performedBy = "第三方测评机构", summary = "风险可控。" }, "securityReview { id }");

        // Training: 3 h for 10 staff and 1.5 h for 4: 36 person-hours.
        await Call(keeper, "recordTraining", "RecordTrainingInput", new { departmentCode = department, systemId = system, heldOn = "2026-11-03", topic = "系统操作培训", hours = 3, attendees = 10 }, "trainingRecord { id }");
        await Call(keeper, "recordTraining", "RecordTrainingInput", new { departmentCode = department, heldOn = "2026-11-17", topic = "网络安全意识", hours = 1.5, attendees = 4 }, "trainingRecord { personHours }");
        Assert.Equal("VALIDATION", await Refusal(keeper, "recordTraining", "RecordTrainingInput", new { departmentCode = department, heldOn = "2026-11-17", topic = "x", hours = 0, attendees = 4 }));

        var kpis = (await keeper.PostQueryAsync("query($c: String) { operationsKpis(month: \"2026-11-01\", departmentCode: $c) { systems emergencyPlanCoverageRate emergencyDrills emergencyDrillSuccessRate securityChecks riskAssessments securityFindingsOpen securityFindingsOverdue trainingSessions trainingPersonHours } }",
            new { c = department })).AssertNoErrors().Data["operationsKpis"]!;
        Assert.Equal(1, (int)kpis["systems"]!);
        Assert.Equal(100m, (decimal)kpis["emergencyPlanCoverageRate"]!);
        Assert.Equal(2, (int)kpis["emergencyDrills"]!);
        Assert.Equal(50m, (decimal)kpis["emergencyDrillSuccessRate"]!);
        Assert.Equal(1, (int)kpis["securityChecks"]!);
        Assert.Equal(1, (int)kpis["riskAssessments"]!);
        Assert.Equal(1, (int)kpis["securityFindingsOpen"]!);
        Assert.Equal(1, (int)kpis["securityFindingsOverdue"]!);
        Assert.Equal(2, (int)kpis["trainingSessions"]!);
        Assert.Equal(36m, (decimal)kpis["trainingPersonHours"]!);

        // October: no plan yet, nothing held: the coverage is 0 of 1, the drill rate unknown.
        var october = (await keeper.PostQueryAsync("query($c: String) { operationsKpis(month: \"2026-10-01\", departmentCode: $c) { emergencyPlanCoverageRate emergencyDrillSuccessRate trainingSessions } }",
            new { c = department })).AssertNoErrors().Data["operationsKpis"]!;
        Assert.Equal(0m, (decimal)october["emergencyPlanCoverageRate"]!);
        Assert.Equal(JTokenType.Null, october["emergencyDrillSuccessRate"]!.Type);
        Assert.Equal(0, (int)october["trainingSessions"]!);

        // The office's follow-up list: the overdue high finding, on the department's system.
        var overdue = (await Office.PostQueryAsync("query($c: String) { securityFindings(departmentCode: $c, overdue: true) { nodes { severity system { code } review { kind } } } }", new { c = department }))
            .AssertNoErrors().Data["securityFindings"]!["nodes"]!;
        Assert.Equal("HIGH", (string?)Assert.Single(overdue)["severity"]);
        Assert.Equal(2, (int)(await keeper.PostQueryAsync("query($c: String) { trainingRecords(departmentCode: $c, year: 2026) { totalCount } }", new { c = department }))
            .AssertNoErrors().Data["trainingRecords"]!["totalCount"]!);
    }

    [Fact]
    public async Task Another_department_neither_sees_nor_keeps_the_record_and_the_public_is_refused()
    {
        var department = await EmptyDepartmentAsync();
        var system = await RegisterAsync(department);
        var plan = (string)(await Call(host.ClientAs(department, Roles.Staff), "adoptEmergencyPlan", "AdoptEmergencyPlanInput",
            new { systemId = system, title = "应急预案", scenarios = "断电：启用备用电源。", approvedOn = "2026-11-01" }, "emergencyPlan { id }"))["emergencyPlan"]!["id"]!;
        var other = host.ClientAs("GAJ", Roles.InformationManager);
        Assert.Equal("NOT_PERMITTED", await Refusal(other, "recordEmergencyDrill", "RecordEmergencyDrillInput",
            new { planId = plan, heldOn = "2026-11-10", scenario = "断电", outcome = "PASSED" }));
        Assert.Equal("NOT_PERMITTED", await Refusal(other, "recordTraining", "RecordTrainingInput",
            new { departmentCode = department, heldOn = "2026-11-10", topic = "x", hours = 1, attendees = 1 }));
        Assert.Equal(JTokenType.Null, (await other.PostQueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = plan })).AssertNoErrors().Data["node"]!.Type);
        // The owning department reads it; GAJ's training list holds only GAJ's sessions.
        Assert.NotEqual(JTokenType.Null, (await host.ClientAs(department, Roles.DepartmentLeader).PostQueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = plan })).AssertNoErrors().Data["node"]!.Type);
        var gajTraining = (await other.PostQueryAsync("{ trainingRecords { nodes { department { code } } } }")).AssertNoErrors().Data["trainingRecords"]!["nodes"]!;
        Assert.All(gajTraining, t => Assert.Equal("GAJ", (string?)t["department"]!["code"]));
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await host.CreateClient().PostQueryAsync("{ securityFindings { totalCount } }")).ErrorCodes);
        Assert.Contains("INVALID_ARGUMENT", (await Office.PostQueryAsync("{ trainingRecords(year: 1) { totalCount } }")).ErrorCodes);
    }

    [Fact]
    public async Task The_demo_platforms_have_a_lapsed_plan_an_overdue_high_finding_and_november_drills()
    {
        var platforms = (await Office.PostQueryAsync("{ informationSystems(departmentCode: \"XXZX\", first: 3) { nodes { code emergencyPlans { nodes { isInForce isDrillOverdue } } openSecurityFindings { nodes { severity isOverdue } } } } }"))
            .AssertNoErrors().Data["informationSystems"]!["nodes"]!;
        Assert.True((bool)platforms[0]!["emergencyPlans"]!["nodes"]![0]!["isInForce"]!);
        Assert.True((bool)platforms[0]!["openSecurityFindings"]!["nodes"]![0]!["isOverdue"]!);
        Assert.False((bool)platforms[2]!["emergencyPlans"]!["nodes"]![0]!["isInForce"]!);
        Assert.True((bool)platforms[2]!["emergencyPlans"]!["nodes"]![0]!["isDrillOverdue"]!);
    }
}
