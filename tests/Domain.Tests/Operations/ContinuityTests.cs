using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;
using InfoGov.Domain.Operations;

namespace InfoGov.Domain.Tests.Operations;

public class ContinuityTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly Guid System = Guid.NewGuid();
    private static readonly Guid Owner = Guid.NewGuid();

    private static EmergencyPlan Plan(DateOnly approvedOn) => EmergencyPlan.Adopt(System, "预案", "断电", approvedOn, Today);

    [Fact]
    public void A_plan_is_in_force_for_a_year_and_due_a_drill_a_year_after_approval_or_its_last_drill()
    {
        var plan = Plan(new DateOnly(2026, 2, 1));
        Assert.True(plan.IsInForce(new DateOnly(2027, 2, 1)));
        Assert.False(plan.IsInForce(new DateOnly(2027, 2, 2)));
        Assert.False(plan.IsInForce(new DateOnly(2026, 1, 31)));
        Assert.Equal(new DateOnly(2027, 2, 1), plan.DrillDueOn);
        plan.Drill(new DateOnly(2026, 6, 1), "断电", DrillOutcome.Passed, 10, null, Today);
        plan.Drill(new DateOnly(2026, 5, 1), "断电", DrillOutcome.Passed, 10, null, Today); // recorded late: the latest still counts
        Assert.Equal(new DateOnly(2026, 6, 1), plan.LastDrilledOn);
        Assert.Equal(new DateOnly(2027, 6, 1), plan.DrillDueOn);
    }

    [Fact]
    public void A_drill_is_held_after_approval_and_not_in_the_future_and_a_shortfall_says_what_was_wanting()
    {
        var plan = Plan(new DateOnly(2026, 2, 1));
        Assert.Equal("heldOn", Assert.Throws<RuleViolation>(() => plan.Drill(new DateOnly(2026, 1, 1), "x", DrillOutcome.Passed, null, null, Today)).Field);
        Assert.Equal("heldOn", Assert.Throws<RuleViolation>(() => plan.Drill(Today.AddDays(1), "x", DrillOutcome.Passed, null, null, Today)).Field);
        Assert.Equal("findings", Assert.Throws<RuleViolation>(() => plan.Drill(Today, "x", DrillOutcome.PassedWithIssues, null, " ", Today)).Field);
        Assert.Equal("recoveryMinutes", Assert.Throws<RuleViolation>(() => plan.Drill(Today, "x", DrillOutcome.Passed, -1, null, Today)).Field);
        Assert.Null(plan.LastDrilledOn);
    }

    [Fact]
    public void A_revision_is_approved_on_or_after_the_plan_in_force()
    {
        var plan = Plan(new DateOnly(2026, 2, 1));
        Assert.Equal("approvedOn", Assert.Throws<RuleViolation>(() => plan.Revise("x", "y", new DateOnly(2026, 1, 31), Today)).Field);
        plan.Revise("修订", "断电、火灾", new DateOnly(2026, 10, 1), Today);
        Assert.Equal(new DateOnly(2027, 10, 1), plan.ReviewDueOn);
    }

    [Fact]
    public void Findings_are_numbered_due_after_the_review_and_only_high_ones_are_announced()
    {
        var (_, findings) = SecurityReview.Record(System, Owner, SecurityReviewKind.SecurityCheck, new DateOnly(2026, 11, 1), "安全组", "总结",
            [("漏洞", FindingSeverity.High, "升级", new DateOnly(2026, 11, 10)), ("弱口令", FindingSeverity.Low, "改密", new DateOnly(2026, 12, 1))], DateTimeOffset.UnixEpoch, Today);
        Assert.Equal([1, 2], findings.Select(f => f.Number));
        var announced = Assert.Single(findings.SelectMany(f => f.TakeEvents()));
        Assert.Equal(EventKind.SecurityFindingRaised, announced.Kind);
        Assert.Equal(Owner, announced.DepartmentId);
        var failure = Assert.Throws<RuleViolation>(() => SecurityReview.Record(System, Owner, SecurityReviewKind.RiskAssessment, new DateOnly(2026, 11, 1), "x", "y",
            [("x", FindingSeverity.Low, "y", new DateOnly(2026, 11, 1))], DateTimeOffset.UnixEpoch, Today));
        Assert.Equal("findings[0].dueOn", failure.Field);
    }

    [Fact]
    public void A_finding_is_open_until_resolved_overdue_past_its_deadline_and_resolved_once()
    {
        var (_, findings) = SecurityReview.Record(System, Owner, SecurityReviewKind.SecurityCheck, new DateOnly(2026, 11, 1), "安全组", "总结",
            [("漏洞", FindingSeverity.Medium, "升级", new DateOnly(2026, 11, 10))], DateTimeOffset.UnixEpoch, Today);
        var finding = findings[0];
        Assert.False(finding.IsOpenOn(new DateOnly(2026, 10, 31)));
        Assert.False(finding.IsOverdueOn(new DateOnly(2026, 11, 10)));
        Assert.True(finding.IsOverdueOn(new DateOnly(2026, 11, 11)));
        Assert.Equal("resolvedOn", Assert.Throws<RuleViolation>(() => finding.Resolve(new DateOnly(2026, 10, 30), "done", Today)).Field);
        finding.Resolve(new DateOnly(2026, 11, 15), "已升级", Today);
        Assert.True(finding.IsOpenOn(new DateOnly(2026, 11, 14)));
        Assert.False(finding.IsOpenOn(new DateOnly(2026, 11, 15)));
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => finding.Resolve(Today, "again", Today)).Code);
    }

    [Fact]
    public void Training_hours_are_positive_to_a_tenth_and_person_hours_multiply_by_attendees()
    {
        Assert.Equal(15m, TrainingRecord.Record(Owner, null, Today, "培训", 1.5m, 10, Today).PersonHours);
        Assert.Equal("hours", Assert.Throws<RuleViolation>(() => TrainingRecord.Record(Owner, null, Today, "培训", 1.25m, 10, Today)).Field);
        Assert.Equal("attendees", Assert.Throws<RuleViolation>(() => TrainingRecord.Record(Owner, null, Today, "培训", 1m, 0, Today)).Field);
    }
}
