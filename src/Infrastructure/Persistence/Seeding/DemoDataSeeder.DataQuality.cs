using InfoGov.Domain.DataSharing;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>
    /// Freshness and quality of the catalog: the published entries' last refreshes (some past their update cycle by the
    /// reference date), and two quality issues, one answered and one open. It draws nothing from the random sequence.
    /// </summary>
    private void SeedDataQuality(IReadOnlyList<DataResource> resources)
    {
        var published = resources.Where(r => r.Status == CatalogStatus.Published).ToList();
        for (var i = 0; i < published.Count; i++)
            published[i].RecordUpdate(ReferenceDate.AddDays(-(i * 7 % 45)), ReferenceDate);
        var shared = published.Where(r => r.SharingType != SharingType.NotShared && r.ProviderDepartmentId != _departments["GAJ"].Id).Take(2).ToList();
        if (shared.Count < 2) return;
        var answered = DataQualityIssue.Report(shared[0], _departments["GAJ"].Id, QualityIssueKind.Missing, "部分记录缺少统一社会信用代码。", "抽查记录编号 1024、1077、2310。",
            ReferenceDate.AddDays(-20), ReferenceDate.AddDays(-13));
        answered.Settle(QualityIssueResolution.Corrected, "已补录缺失的信用代码并在下次更新中推送。", ReferenceDate.AddDays(-15));
        var open = DataQualityIssue.Report(shared[1], _departments["GAJ"].Id, QualityIssueKind.Late, "数据未按月更新。", "最近一次更新在两个月前，业务办理中发现数据过期。",
            ReferenceDate.AddDays(-3), ReferenceDate.AddDays(4));
        db.DataQualityIssues.AddRange(answered, open);

        // The data-needs list: one waiting for the office, one answered through an entry.
        var waiting = DataNeed.Publish($"XQ-{ReferenceDate.Year}-001", _departments["GAJ"].Id, "流动人口居住登记数据", "按月提供辖区流动人口居住登记记录：姓名、证件号、登记地址、登记日期。",
            "核查出租屋治安管理对象", "《居住证暂行条例》第六条", ReferenceDate.AddMonths(2), ReferenceDate.AddDays(-2));
        var provided = DataNeed.Publish($"XQ-{ReferenceDate.Year}-002", _departments["GAJ"].Id, shared[0].Name, "按周提供全部字段。", "办理行政许可时核验申请人信息",
            "《行政许可法》第三十一条", ReferenceDate.AddMonths(1), ReferenceDate.AddDays(-30));
        provided.RouteTo(shared[0].ProviderDepartmentId, ReferenceDate.AddDays(-28), ReferenceDate.AddDays(-14));
        provided.Provide(shared[0], ReferenceDate.AddDays(-20));
        db.DataNeeds.AddRange(waiting, provided);
    }
}
