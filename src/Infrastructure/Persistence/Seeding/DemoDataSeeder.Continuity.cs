using InfoGov.Domain.Operations;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>
    /// The information centre's security and continuity record of its three shared platforms, at every state: plans in
    /// force and lapsed, drills passed and passed with issues, a plan never drilled, findings resolved, open and overdue,
    /// and staff training of two departments. It draws nothing from the seeder's random sequence.
    /// </summary>
    private void SeedContinuity(IReadOnlyList<InformationSystem> platforms)
    {
        var (cloud, exchange, identity) = (platforms[0], platforms[1], platforms[2]);
        var cloudPlan = EmergencyPlan.Adopt(cloud.Id, "政务云平台应急预案", "存储故障、机房断电、勒索病毒：切换备用存储，启用灾备机房，隔离并恢复备份。", new DateOnly(2026, 3, 15), new DateOnly(2026, 3, 15));
        var exchangePlan = EmergencyPlan.Adopt(exchange.Id, "数据共享交换平台应急预案", "接口中断、数据库故障：切换只读副本，恢复最近一次备份。", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1));
        // Approved in 2025 and never revised or drilled: lapsed, and its drill overdue.
        var identityPlan = EmergencyPlan.Adopt(identity.Id, "统一身份认证平台应急预案", "认证服务中断、账号被盗用：启用备用节点，冻结异常账号。", new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 1));
        db.EmergencyPlans.AddRange(cloudPlan, exchangePlan, identityPlan);
        db.EmergencyDrills.Add(cloudPlan.Drill(new DateOnly(2026, 9, 20), "主存储故障切换", DrillOutcome.Passed, 42, null, new DateOnly(2026, 9, 20)));
        db.EmergencyDrills.Add(exchangePlan.Drill(new DateOnly(2026, 11, 18), "数据库主节点宕机", DrillOutcome.PassedWithIssues, 95,
            "切换脚本需人工干预，超过预案规定的60分钟。", new DateOnly(2026, 11, 18)));

        var (check, checkFindings) = SecurityReview.Record(cloud.Id, cloud.OwnerDepartmentId, SecurityReviewKind.SecurityCheck, new DateOnly(2026, 10, 10), "市信息中心安全组",
            "总体可控；发现高危漏洞一项、弱口令一项。",
            [
                ("虚拟化管理平台存在未修补的远程代码执行漏洞", FindingSeverity.High, "升级至厂商修复版本", new DateOnly(2026, 11, 10)),
                ("两个运维账号使用弱口令", FindingSeverity.Medium, "重置口令并启用双因素认证", new DateOnly(2026, 10, 31)),
            ], At(new DateOnly(2026, 10, 11)), new DateOnly(2026, 10, 11));
        checkFindings[1].Resolve(new DateOnly(2026, 10, 25), "已重置口令，运维账号启用双因素认证。", new DateOnly(2026, 10, 25));
        var (assessment, assessmentFindings) = SecurityReview.Record(exchange.Id, exchange.OwnerDepartmentId, SecurityReviewKind.RiskAssessment, new DateOnly(2026, 11, 5),
            "第三方测评机构", "风险总体为低；接口日志留存不足六个月。",
            [("接口访问日志仅留存90天", FindingSeverity.Low, "日志留存延长至180天", new DateOnly(2027, 2, 1))], At(new DateOnly(2026, 11, 6)), new DateOnly(2026, 11, 6));
        db.SecurityReviews.AddRange(check, assessment);
        db.SecurityFindings.AddRange([.. checkFindings, .. assessmentFindings]);

        db.TrainingRecords.Add(TrainingRecord.Record(_departments["XXZX"].Id, null, new DateOnly(2026, 11, 12), "网络安全意识培训", 3m, 45, new DateOnly(2026, 11, 12)));
        db.TrainingRecords.Add(TrainingRecord.Record(_departments["GAJ"].Id, exchange.Id, new DateOnly(2026, 10, 20), "数据共享交换平台操作培训", 2m, 20, new DateOnly(2026, 10, 20)));
    }
}
