using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Projects.Delivery;

/// <summary>
/// A project's risk register kept by the owning department: a risk raised, reassessed, escalated to the office (where
/// it is on the office's list until closed) and closed; free-text risks on progress reports are refused.
/// </summary>
public sealed class RiskRegisterTests(InfoGovApiFactory host) : IClassFixture<InfoGovApiFactory>
{
    private const string Fields = "projectRisk { id version number score severity status isEscalated escalationReason closingNote }";

    [Fact]
    public async Task A_risk_is_raised_reassessed_escalated_to_the_office_and_closed()
    {
        var project = await ProjectUnderWay.StartAsync(host, "MZJ", "风险登记测试项目", "2026-11-20", "2027-10-31");
        var manager = ProjectUnderWay.Official(host, "MZJ", "cio", Roles.InformationManager);
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var input = new { projectId = project.Id, title = "省级数据共享接口延期", owner = "张伟", likelihood = 4, impact = 4, mitigation = "每周联调；准备文件交换备用方案。" };

        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(manager, "raiseRisk", "RaiseRiskInput", input with { likelihood = 6 }));
        Assert.Equal("NOT_PERMITTED", await ProjectUnderWay.RefusalAsync(ProjectUnderWay.Official(host, "GAJ", "cio", Roles.InformationManager), "raiseRisk", "RaiseRiskInput", input));
        var risk = (await ProjectUnderWay.CallAsync(manager, "raiseRisk", "RaiseRiskInput", input, Fields))["projectRisk"]!;
        Assert.Equal((1, 16, "HIGH", "OPEN"), ((int)risk["number"]!, (int)risk["score"]!, (string?)risk["severity"], (string?)risk["status"]));
        var id = (string)risk["id"]!;

        risk = (await ProjectUnderWay.CallAsync(manager, "reassessRisk", "ReassessRiskInput", new { riskId = id, version = (int)risk["version"]!, likelihood = 3, impact = 4 }, Fields))["projectRisk"]!;
        Assert.Equal((12, "MEDIUM"), ((int)risk["score"]!, (string?)risk["severity"]));

        // Escalated: on the office's list, once; a stale version is refused.
        var escalate = new { riskId = id, version = (int)risk["version"]!, reason = "需信息办协调省数据局。" };
        Assert.Equal("CONFLICT", await ProjectUnderWay.RefusalAsync(manager, "escalateRisk", "RiskDecisionInput", escalate with { version = escalate.version - 1 }));
        risk = (await ProjectUnderWay.CallAsync(manager, "escalateRisk", "RiskDecisionInput", escalate, Fields))["projectRisk"]!;
        Assert.Equal((true, "需信息办协调省数据局。"), ((bool)risk["isEscalated"]!, (string?)risk["escalationReason"]));
        Assert.Contains(id, await EscalatedAsync(office));
        Assert.Equal("INVALID_TRANSITION", await ProjectUnderWay.RefusalAsync(manager, "escalateRisk", "RiskDecisionInput", escalate with { version = (int)risk["version"]! }));
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await manager.PostQueryAsync("{ escalatedRisks(first: 5) { nodes { id } } }")).ErrorCodes);

        // Closed: off the office's list, and no longer reassessed.
        risk = (await ProjectUnderWay.CallAsync(manager, "closeRisk", "RiskDecisionInput", new { riskId = id, version = (int)risk["version"]!, reason = "接口已按期联通。" }, Fields))["projectRisk"]!;
        Assert.Equal(("CLOSED", "接口已按期联通。"), ((string?)risk["status"], (string?)risk["closingNote"]));
        Assert.DoesNotContain(id, await EscalatedAsync(office));
        Assert.Equal("INVALID_TRANSITION", await ProjectUnderWay.RefusalAsync(manager, "reassessRisk", "ReassessRiskInput",
            new { riskId = id, version = (int)risk["version"]!, likelihood = 1, impact = 1 }));

        // The register is read on the project by government users.
        var register = (await host.ClientAs("MZJ", Roles.Staff).PostQueryAsync("query($code: String!) { project(code: $code) { risks(first: 10) { nodes { number title status } } } }",
            new { code = project.Code })).AssertNoErrors().Data["project"]!["risks"]!["nodes"]!.Single();
        Assert.Equal((1, "省级数据共享接口延期", "CLOSED"), ((int)register["number"]!, (string?)register["title"], (string?)register["status"]));

        // Risks are no longer free text on a progress report.
        var report = (await manager.PostQueryAsync("mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { errors { code field } } }",
            new { i = new { projectId = project.Id, month = "2026-11-01", progressPercent = 5, spendToDate = new { amount = 1000 }, risks = "接口可能延期" } })).AssertNoErrors().Data["submitProgressReport"]!;
        Assert.Equal(("VALIDATION", "risks"), ((string?)report["errors"]![0]!["code"], (string?)report["errors"]![0]!["field"]));
    }

    private static async Task<List<string>> EscalatedAsync(HttpClient office) =>
        (await office.PostQueryAsync("{ escalatedRisks(first: 100) { nodes { id } } }")).AssertNoErrors().Data["escalatedRisks"]!["nodes"]!.Select(n => (string)n["id"]!).ToList();
}
