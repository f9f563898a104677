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
