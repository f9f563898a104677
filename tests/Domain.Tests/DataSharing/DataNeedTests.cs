using InfoGov.Domain.Common;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Domain.Tests.DataSharing;

public class DataNeedTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly Guid Requester = Guid.NewGuid();
    private static readonly Guid Provider = Guid.NewGuid();

    private static DataNeed Need() => DataNeed.Publish("XQ-2026-001", Requester, "数据", "字段", "用途", "依据", Today.AddDays(30), Today);

    private static DataResource Entry(Guid provider, SharingType sharing = SharingType.Conditional) => new()
    {
        Code = "ZY-X-001",
        Name = "x",
        ProviderDepartmentId = provider,
        Summary = "x",
        Classification = ResourceClassification.Departmental,
        Format = "CSV",
        UpdateCycle = UpdateCycle.Weekly,
        SharingType = sharing,
        OpenType = OpenType.NotOpen,
        Delivery = DeliveryMethod.Api,
    };

    [Fact]
    public void A_need_is_routed_once_to_another_department_and_answered_once_through_its_own_shared_entry()
    {
        var need = Need();
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => need.Decline("x", Today)).Code);
        Assert.Equal("providerCode", Assert.Throws<RuleViolation>(() => need.RouteTo(Requester, Today, Today.AddDays(14))).Field);
        need.RouteTo(Provider, Today, Today.AddDays(14));
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => need.RouteTo(Provider, Today, Today.AddDays(14))).Code);
        Assert.Equal("resourceCode", Assert.Throws<RuleViolation>(() => need.Provide(Entry(Guid.NewGuid()), Today)).Field);
        Assert.Equal("resourceCode", Assert.Throws<RuleViolation>(() => need.Provide(Entry(Provider, SharingType.NotShared), Today)).Field);
        Assert.True(need.IsOverdue(Today.AddDays(15)));
        need.Provide(Entry(Provider), Today.AddDays(15));
        Assert.Equal(DataNeedStatus.Provided, need.Status);
        Assert.False(need.AnsweredInTime);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => need.Decline("x", Today)).Code);
    }

    [Fact]
    public void A_need_is_for_later_and_a_decline_says_why()
    {
        Assert.Equal("neededBy", Assert.Throws<RuleViolation>(() => DataNeed.Publish("XQ-2026-002", Requester, "x", "x", "x", "x", Today, Today)).Field);
        var need = Need();
        need.RouteTo(Provider, Today, Today.AddDays(14));
        Assert.Equal("reason", Assert.Throws<RuleViolation>(() => need.Decline(" ", Today)).Field);
        need.Decline("未采集该数据", Today.AddDays(3));
        Assert.True(need.AnsweredInTime);
    }
}

public class SharingEvaluationTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void Needs_and_issues_count_once_due_or_answered_and_grants_held_in_the_year_count_as_used_when_accessed()
    {
        var provider = Guid.NewGuid();
        var onTime = DataNeed.Publish("XQ-2026-001", Guid.NewGuid(), "x", "x", "x", "x", Today.AddDays(30), new DateOnly(2026, 10, 1));
        onTime.RouteTo(provider, new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 16));
        onTime.Decline("未采集", new DateOnly(2026, 10, 10));
        var late = DataNeed.Publish("XQ-2026-002", Guid.NewGuid(), "x", "x", "x", "x", Today.AddDays(30), new DateOnly(2026, 10, 1));
        late.RouteTo(provider, new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 16));
        var notDue = DataNeed.Publish("XQ-2026-003", Guid.NewGuid(), "x", "x", "x", "x", Today.AddDays(30), Today);
        notDue.RouteTo(provider, Today, Today.AddDays(14));
        var used = new SharingGrant { RequestId = Guid.NewGuid(), ResourceId = Guid.NewGuid(), GranteeDepartmentId = provider, ValidFrom = new DateOnly(2026, 1, 1), ValidUntil = new DateOnly(2026, 12, 31) };
        var idle = new SharingGrant { RequestId = Guid.NewGuid(), ResourceId = Guid.NewGuid(), GranteeDepartmentId = provider, ValidFrom = new DateOnly(2026, 1, 1), ValidUntil = new DateOnly(2026, 6, 30) };
        var lastYear = new SharingGrant { RequestId = Guid.NewGuid(), ResourceId = Guid.NewGuid(), GranteeDepartmentId = provider, ValidFrom = new DateOnly(2025, 1, 1), ValidUntil = new DateOnly(2025, 6, 30) };

        var evaluation = SharingEvaluation.Compute(2026, [], [onTime, late, notDue], [], [], [used, idle, lastYear], new HashSet<Guid> { used.Id }, Today);
        Assert.Equal((2, 1), (evaluation.NeedsRouted, evaluation.NeedsAnsweredInTime));
        Assert.Equal((2, 1), (evaluation.GrantsHeld, evaluation.GrantsUsed));
    }
}
