using InfoGov.Domain.Common;
using InfoGov.Domain.Leadership;

namespace InfoGov.Domain.Tests.Leadership;

public class DelegationTests
{
    private static readonly Guid Department = Guid.NewGuid();
    private static readonly Official Head = new() { DepartmentId = Department, Name = "Head", Position = "局长", IsHead = true };
    private static readonly Official Manager = new() { DepartmentId = Department, Name = "CIO", Position = "信息化负责人", IsInformationManager = true };
    private static readonly ResponsibilityAssignment Signing = new()
    {
        DepartmentId = Department,
        Kind = ResponsibilityKind.DecideMajorProjects,
        HolderId = Head.Id,
        ValidFrom = new(2026, 1, 1),
    };

    [Fact]
    public void A_delegation_is_valid_within_its_dates_until_revoked()
    {
        var delegation = Delegation.Create(Signing, Manager, "Sign contracts", new(2026, 1, 1), new(2026, 12, 31), Money.Cny(1_000_000m));
        Assert.True(delegation.IsValidOn(new DateOnly(2026, 6, 1)));
        Assert.False(delegation.IsValidOn(new DateOnly(2027, 1, 1)));
        delegation.Revoke(DateTimeOffset.UtcNow);
        Assert.False(delegation.IsValidOn(new DateOnly(2026, 6, 1)));
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => delegation.Revoke(DateTimeOffset.UtcNow)).Code);
    }

    [Fact]
    public void Delegations_stay_in_the_department_and_never_go_to_the_holder()
    {
        var outsider = new Official { DepartmentId = Guid.NewGuid(), Name = "Other", Position = "x" };
        Assert.Equal("delegateId", Assert.Throws<RuleViolation>(() => Delegation.Create(Signing, outsider, "Sign", new(2026, 1, 1), new(2026, 2, 1))).Field);
        Assert.Equal("delegateId", Assert.Throws<RuleViolation>(() => Delegation.Create(Signing, Head, "Sign", new(2026, 1, 1), new(2026, 2, 1))).Field);
        Assert.Equal("validTo", Assert.Throws<RuleViolation>(() => Delegation.Create(Signing, Manager, "Sign", new(2026, 2, 1), new(2026, 1, 1))).Field);
    }
}
