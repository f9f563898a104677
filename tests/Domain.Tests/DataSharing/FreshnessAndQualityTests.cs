using InfoGov.Domain.Common;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Domain.Tests.DataSharing;

public class FreshnessAndQualityTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Theory]
    [InlineData(UpdateCycle.Daily, "2026-11-19", "2026-11-20", false)]
    [InlineData(UpdateCycle.Daily, "2026-11-18", "2026-11-19", true)]
    [InlineData(UpdateCycle.Weekly, "2026-11-13", "2026-11-20", false)]
    [InlineData(UpdateCycle.Weekly, "2026-11-12", "2026-11-19", true)]
    [InlineData(UpdateCycle.Monthly, "2026-10-20", "2026-11-20", false)]
    [InlineData(UpdateCycle.Quarterly, "2026-08-19", "2026-11-19", true)]
    [InlineData(UpdateCycle.Yearly, "2025-11-20", "2026-11-20", false)]
    public void An_entry_is_stale_once_today_is_past_one_cycle_after_its_last_refresh(UpdateCycle cycle, string last, string due, bool stale)
    {
        Assert.Equal(DateOnly.Parse(due), DataFreshness.NextUpdateDueOn(cycle, DateOnly.Parse(last)));
        Assert.Equal(stale, DataFreshness.IsStale(cycle, DateOnly.Parse(last), Today));
        // The query's form of the rule agrees.
        Assert.Equal(stale, DateOnly.Parse(last) < DataFreshness.StaleIfUpdatedBefore(cycle, Today));
    }

    [Fact]
    public void An_irregular_entry_or_one_never_refreshed_is_never_stale()
    {
        Assert.False(DataFreshness.IsStale(UpdateCycle.Irregular, new DateOnly(2020, 1, 1), Today));
        Assert.False(DataFreshness.IsStale(UpdateCycle.Daily, null, Today));
        Assert.Null(DataFreshness.StaleIfUpdatedBefore(UpdateCycle.Irregular, Today));
    }

    private static DataResource Entry(Guid provider) => new()
    {
        Code = "ZY-X-001",
        Name = "x",
        ProviderDepartmentId = provider,
        Summary = "x",
        Classification = ResourceClassification.Departmental,
        Format = "CSV",
        UpdateCycle = UpdateCycle.Weekly,
        SharingType = SharingType.Unconditional,
        OpenType = OpenType.Open,
        Delivery = DeliveryMethod.Api,
    };

    [Fact]
    public void A_refresh_is_not_in_the_future_nor_before_the_last_one()
    {
        var entry = Entry(Guid.NewGuid());
        entry.RecordUpdate(new DateOnly(2026, 11, 10), Today);
        Assert.Equal("updatedOn", Assert.Throws<RuleViolation>(() => entry.RecordUpdate(new DateOnly(2026, 11, 9), Today)).Field);
        Assert.Equal("updatedOn", Assert.Throws<RuleViolation>(() => entry.RecordUpdate(Today.AddDays(1), Today)).Field);
        Assert.True(entry.IsStale(Today));
        entry.RecordUpdate(Today, Today);
        Assert.False(entry.IsStale(Today));
    }

    [Fact]
    public void A_consumer_reports_with_evidence_and_the_provider_settles_once_in_time_or_late()
    {
        var provider = Guid.NewGuid();
        var entry = Entry(provider);
        Assert.Equal("resourceCode", Assert.Throws<RuleViolation>(() => DataQualityIssue.Report(entry, provider, QualityIssueKind.Wrong, "x", "y", Today, Today.AddDays(7))).Field);
        Assert.Equal("evidence", Assert.Throws<RuleViolation>(() => DataQualityIssue.Report(entry, Guid.NewGuid(), QualityIssueKind.Wrong, "x", " ", Today, Today.AddDays(7))).Field);
        var issue = DataQualityIssue.Report(entry, Guid.NewGuid(), QualityIssueKind.Late, "未按周更新", "最近一次更新在三周前", Today, Today.AddDays(7));
        Assert.True(issue.IsOverdue(Today.AddDays(8)));
        issue.Settle(QualityIssueResolution.NotAnIssue, "数据按周更新，采集时点为周一。", Today.AddDays(9));
        Assert.False(issue.AnsweredInTime);
        Assert.False(issue.IsOverdue(Today.AddDays(10)));
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => issue.Settle(QualityIssueResolution.Corrected, "x", Today.AddDays(10))).Code);
    }
}
