using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class MilestoneTests
{
    // Under way since 2 March 2026, baseline 1 January to 1 November 2026 (304 days).
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static Milestone Due(Project project, DateOnly dueOn) => new() { ProjectId = project.Id, Name = "Design approved", DueOn = dueOn };

    [Fact]
    public void Days_late_count_until_reached_and_stand_as_they_were_on_a_past_day()
    {
        var project = ProjectFactory.In(ProjectStatus.InImplementation);
        var milestone = Due(project, new DateOnly(2026, 5, 1));
        Assert.Equal(0, milestone.DaysLate(new DateOnly(2026, 5, 1)));
        Assert.Equal(60, milestone.DaysLate(Today));

        milestone.Complete(project, new DateOnly(2026, 5, 31), "Minutes 7", Today);
        Assert.Equal(30, milestone.DaysLate(Today));
        Assert.Equal(10, milestone.DaysLate(new DateOnly(2026, 5, 11))); // still open then
        Assert.Equal(0, Due(project, new DateOnly(2026, 8, 1)).DaysLate(Today));
    }

    [Fact]
    public void Completion_is_recorded_once_with_evidence_not_ahead_and_only_under_way()
    {
        var project = ProjectFactory.In(ProjectStatus.InImplementation);
        var milestone = Due(project, new DateOnly(2026, 5, 1));
        Assert.Equal("evidence", Assert.Throws<RuleViolation>(() => milestone.Complete(project, Today, " ", Today)).Field);
        Assert.Equal("completedOn", Assert.Throws<RuleViolation>(() => milestone.Complete(project, Today.AddDays(1), "x", Today)).Field);
        Assert.Equal("completedOn", Assert.Throws<RuleViolation>(() => milestone.Complete(project, new DateOnly(2026, 3, 1), "x", Today)).Field);
        milestone.Complete(project, Today, "x", Today);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => milestone.Complete(project, Today, "x", Today)).Code);

        var approved = ProjectFactory.In(ProjectStatus.Approved);
        Assert.Equal(RuleViolation.InvalidTransition,
            Assert.Throws<RuleViolation>(() => Due(approved, new DateOnly(2026, 5, 1)).Complete(approved, Today, "x", Today)).Code);
    }

    [Fact]
    public void A_late_milestone_puts_the_project_behind_by_at_least_its_lateness_and_ahead_of_plan_stays_negative_without_one()
    {
        var baseline = ProjectFactory.Plan();
        var onPlan = (int)Math.Ceiling(ProjectHealth.PlannedProgress(baseline, Today));
        Assert.True(ProjectHealth.ScheduleVariance(baseline, onPlan, Today, null, 0)!.Ratio <= 0m);
        Assert.Equal(Math.Round(61m / baseline.DurationDays, 4), ProjectHealth.ScheduleVariance(baseline, onPlan, Today, null, 61)!.Ratio);
        // Progress further behind than the milestone: progress decides.
        Assert.Equal(1m, ProjectHealth.ScheduleVariance(baseline, 0, Today, null, 61)!.Ratio);
        // Once complete, the completion slip decides alone.
        Assert.Equal(0m, ProjectHealth.ScheduleVariance(baseline, 100, Today, baseline.DueOn, 61)!.Ratio);
    }

    [Fact]
    public void The_bulletin_lists_milestones_reached_late_in_the_month_or_open_past_their_date_at_its_end()
    {
        var project = ProjectFactory.In(ProjectStatus.InImplementation);
        var reachedLateInJune = Due(project, new DateOnly(2026, 5, 20));
        reachedLateInJune.Complete(project, new DateOnly(2026, 6, 10), "x", Today);
        var reachedLateInMay = Due(project, new DateOnly(2026, 4, 20));
        reachedLateInMay.Complete(project, new DateOnly(2026, 5, 10), "x", Today);
        var openPastDue = Due(project, new DateOnly(2026, 6, 15));
        var onTime = Due(project, new DateOnly(2026, 6, 20));
        onTime.Complete(project, new DateOnly(2026, 6, 20), "x", Today);

        var june = MonthlyBulletin.Compute(new DateOnly(2026, 6, 1), new DateOnly(2026, 11, 20), _ => false, [project], [], [], [], [],
            milestones: [reachedLateInJune, reachedLateInMay, openPastDue, onTime]);
        Assert.Equal([reachedLateInJune, openPastDue], june.LateMilestones);
    }
}
