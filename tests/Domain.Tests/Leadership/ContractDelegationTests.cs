using InfoGov.Domain.Common;
using InfoGov.Domain.Leadership;

namespace InfoGov.Domain.Tests.Leadership;

public class ContractDelegationTests
{
    private static readonly Guid Department = Guid.NewGuid();
    private static readonly ResponsibilityAssignment Signing = new()
    {
        DepartmentId = Department,
        Kind = ResponsibilityKind.DecideMajorProjects,
        HolderId = Guid.NewGuid(),
        ValidFrom = new DateOnly(2026, 1, 1),
    };
    private static readonly Official Manager = new() { DepartmentId = Department, Name = "CIO", Position = "Information manager" };

    private static Delegation Delegate(decimal? limit, Guid? project = null) =>
        Delegation.Create(Signing, Manager, "Sign contracts", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), limit is { } l ? Money.Cny(l) : null, project);

    [Fact]
    public void Contract_signing_is_delegated_up_to_a_stated_amount()
    {
        Assert.Equal("signingLimit", Assert.Throws<RuleViolation>(() => Delegate(null)).Field);
        var delegation = Delegate(500_000m);
        Assert.Same(delegation, Delegation.ForContract([delegation], Guid.NewGuid(), Money.Cny(500_000m)));
        var refused = Assert.Throws<RuleViolation>(() => Delegation.ForContract([delegation], Guid.NewGuid(), Money.Cny(500_000.01m)));
        Assert.Equal((RuleViolation.NotPermitted, "amount.amount"), (refused.Code, refused.Field));
    }

    [Fact]
    public void A_delegation_for_one_project_covers_that_project_only_and_the_widest_cover_wins()
    {
        var project = Guid.NewGuid();
        var forProject = Delegate(2_000_000m, project);
        var general = Delegate(100_000m);
        Assert.Same(forProject, Delegation.ForContract([general, forProject], project, Money.Cny(1_500_000m)));
        Assert.Same(general, Delegation.ForContract([general, forProject], Guid.NewGuid(), Money.Cny(50_000m)));
        Assert.Equal("projectId", Assert.Throws<RuleViolation>(() => Delegation.ForContract([forProject], Guid.NewGuid(), Money.Cny(1m))).Field);
    }

    [Fact]
    public void The_head_signs_and_the_information_manager_only_under_a_delegation_in_force()
    {
        var head = new Official { DepartmentId = Department, Name = "Director", Position = "Director", IsHead = true };
        var project = Guid.NewGuid();
        Assert.Null(ContractSigning.Authority(head, [], project, Money.Cny(9_000_000m), new DateOnly(2026, 6, 1)));
        Assert.Equal(RuleViolation.NotPermitted, Assert.Throws<RuleViolation>(() => ContractSigning.Authority(null, [], project, Money.Cny(1m), new DateOnly(2026, 6, 1))).Code);

        var delegation = Delegate(500_000m);
        Assert.Same(delegation, ContractSigning.Authority(Manager, [delegation], project, Money.Cny(400_000m), new DateOnly(2026, 6, 1)));
        // After the delegation ends, the manager signs nothing.
        Assert.Equal(RuleViolation.NotPermitted, Assert.Throws<RuleViolation>(() =>
            ContractSigning.Authority(Manager, [delegation], project, Money.Cny(400_000m), new DateOnly(2027, 1, 4))).Code);
    }
}
