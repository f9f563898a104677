using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Projects.Delivery;

/// <summary>
/// A construction supervisor's monthly report: recorded by the owning department for a registered supervisor holding
/// a contract on the project, one per month, with its issues when the work is not satisfactory or not on schedule;
/// read by the office and the owning department, not by other departments.
/// </summary>
public sealed class SupervisionReportTests(InfoGovApiFactory host) : IClassFixture<InfoGovApiFactory>
{
    [Fact]
    public async Task A_supervisor_under_contract_reports_monthly_to_the_office_and_the_owning_department()
    {
        var project = await ProjectUnderWay.StartAsync(host, "GAJ", "监理报告测试项目", "2026-11-20", "2027-08-31");
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var head = ProjectUnderWay.Official(host, "GAJ", "head", Roles.DepartmentLeader);
        var supervisor = await Procurement.VendorIdAsync(office, "正衡信息工程监理有限公司");
        var contractor = await Procurement.VendorIdAsync(office, "华信数智科技有限公司");
        var report = new { projectId = project.Id, supervisorId = supervisor, month = "2026-11-01", quality = "NEEDS_IMPROVEMENT", schedule = "SLIPPING", issues = (string?)"测试环境未就绪，接口联调滞后。" };

        // Not before the firm holds a supervision contract on the project; never a firm registered as a contractor.
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(head, "recordSupervisionReport", "RecordSupervisionReportInput", report));
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(head, "recordSupervisionReport", "RecordSupervisionReportInput", report with { supervisorId = contractor }));
        await ProjectUnderWay.CallAsync(head, "recordTender", "RecordTenderInput",
            new { projectId = project.Id, title = "监理服务", method = "COMPETITIVE_NEGOTIATION", publishedOn = "2026-11-02", awardedOn = "2026-11-18", winningVendorId = supervisor, bidCount = 3 });
        var (tenderId, _) = await Procurement.AwardedTenderAsync(office, project.Id);
        await ProjectUnderWay.CallAsync(head, "signContract", "SignContractInput",
            new { projectId = project.Id, number = "JL-TEST-1", vendorId = supervisor, tenderId, amount = new { amount = 18000 }, signedOn = "2026-11-20" });

        // Issues are said when the work is short of satisfactory; a month in the future is refused; one report a month.
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(head, "recordSupervisionReport", "RecordSupervisionReportInput", report with { issues = " " }));
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(head, "recordSupervisionReport", "RecordSupervisionReportInput", report with { month = "2026-12-01" }));
        await ProjectUnderWay.CallAsync(head, "recordSupervisionReport", "RecordSupervisionReportInput", report);
        Assert.Equal("INVALID_TRANSITION", await ProjectUnderWay.RefusalAsync(head, "recordSupervisionReport", "RecordSupervisionReportInput",
            report with { quality = "SATISFACTORY", schedule = "ON_SCHEDULE", issues = (string?)null }));

        // The office and the owning department read it; another department may not.
        const string read = "query($code: String!) { project(code: $code) { supervisionReports(first: 5) { nodes { month quality schedule issues supervisor { name } } } } }";
        var seen = (await office.PostQueryAsync(read, new { code = project.Code })).AssertNoErrors().Data["project"]!["supervisionReports"]!["nodes"]!.Single();
        Assert.Equal(("2026-11-01", "NEEDS_IMPROVEMENT", "SLIPPING", "测试环境未就绪，接口联调滞后。", "正衡信息工程监理有限公司"),
            ((string?)seen["month"], (string?)seen["quality"], (string?)seen["schedule"], (string?)seen["issues"], (string?)seen["supervisor"]!["name"]));
        Assert.Single((await head.PostQueryAsync(read, new { code = project.Code })).AssertNoErrors().Data["project"]!["supervisionReports"]!["nodes"]!);
        var foreign = ProjectUnderWay.Official(host, "MZJ", "cio", Roles.InformationManager);
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await foreign.PostQueryAsync(read, new { code = project.Code })).ErrorCodes);
    }
}
