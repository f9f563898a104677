using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class ProjectHealthTests
{
    // 1 Jan - 1 Nov 2026: 304 days; 1 June is day 151, planned progress 49.67%.
    private static readonly ProjectPlan Baseline = ProjectFactory.Plan(budget: 1_000_000m, startMonth: 1, months: 10);
    private static readonly DateOnly June = new(2026, 6, 1);

    [Fact]
    public void Planned_progress_is_the_elapsed_share_of_the_baseline()
    {
        Assert.Equal(0m, ProjectHealth.PlannedProgress(Baseline, new DateOnly(2025, 12, 1)));
        Assert.Equal(49.67m, ProjectHealth.PlannedProgress(Baseline, June));
        Assert.Equal(100m, ProjectHealth.PlannedProgress(Baseline, new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void Schedule_variance_compares_actual_with_planned_progress()
    {
        var variance = ProjectHealth.ScheduleVariance(Baseline, 40, June, completedOn: null, milestoneDaysLate: 0)!;
        Assert.Equal(0.1947m, variance.Ratio); // (49.67 - 40) / 49.67
        Assert.Equal(VarianceBand.Medium, variance.Band);
    }

    [Fact]
    public void Schedule_variance_of_a_completed_project_is_its_slip()
    {
        var late = ProjectHealth.ScheduleVariance(Baseline, 100, June, completedOn: Baseline.DueOn.AddDays(100), milestoneDaysLate: 0)!;
        Assert.Equal(Math.Round(100m / 304m, 4), late.Ratio);
        Assert.Equal(VarianceBand.High, late.Band);
        Assert.True(ProjectHealth.ScheduleVariance(Baseline, 100, June, completedOn: Baseline.DueOn.AddDays(-10), milestoneDaysLate: 0)!.Ratio < 0);
    }

    [Fact]
    public void Schedule_variance_needs_a_baseline() =>
        Assert.Null(ProjectHealth.ScheduleVariance(null, 50, June, null, 0));

    [Fact]
    public void Cost_variance_compares_spend_with_earned_value()
    {
        // Earned value: 1,000,000 x 40% = 400,000; spent 520,000: 30% over.
        var variance = ProjectHealth.CostVariance(Baseline, 40, Money.Cny(520_000m))!;
        Assert.Equal(0.30m, variance.Ratio);
        Assert.Equal(VarianceBand.Medium, variance.Band);
        Assert.Equal(VarianceBand.High, ProjectHealth.CostVariance(Baseline, 40, Money.Cny(530_000m))!.Band);
        Assert.Equal(VarianceBand.Low, ProjectHealth.CostVariance(Baseline, 40, Money.Cny(380_000m))!.Band);
    }

    [Fact]
    public void Cost_variance_is_unknown_before_progress() =>
        Assert.Null(ProjectHealth.CostVariance(Baseline, 0, Money.Cny(10_000m)));

    [Theory]
    [InlineData(VarianceBand.Low, VarianceBand.Low, false, StatusColour.Green)]
    [InlineData(VarianceBand.Low, VarianceBand.Low, true, StatusColour.Amber)]
    [InlineData(VarianceBand.Medium, VarianceBand.Low, false, StatusColour.Amber)]
    [InlineData(VarianceBand.Low, VarianceBand.Medium, false, StatusColour.Amber)]
    [InlineData(VarianceBand.High, VarianceBand.Low, false, StatusColour.Red)]
    [InlineData(VarianceBand.Low, VarianceBand.High, true, StatusColour.Red)]
    public void Colour_is_red_for_a_high_variance_and_amber_for_a_medium_one_or_an_overdue_report(
        VarianceBand schedule, VarianceBand cost, bool overdue, StatusColour colour) =>
        Assert.Equal(colour, ProjectHealth.Colour(ProjectStatus.InImplementation, new Variance(0.5m, schedule), new Variance(0.5m, cost), overdue));

    [Fact]
    public void Being_ahead_of_plan_or_under_budget_stays_green() =>
        Assert.Equal(StatusColour.Green, ProjectHealth.Colour(ProjectStatus.InImplementation, Variance.Of(-0.5m), Variance.Of(-0.2m), false));

    [Theory]
    [InlineData(ProjectStatus.Draft)]
    [InlineData(ProjectStatus.UnderReview)]
    [InlineData(ProjectStatus.Rejected)]
    [InlineData(ProjectStatus.Cancelled)]
    public void Projects_without_a_baseline_have_no_colour(ProjectStatus status) =>
        Assert.Null(ProjectHealth.Colour(status, null, null, false));

    [Fact]
    public void Delivery_is_on_time_when_completed_by_the_baseline_due_date()
    {
        Assert.True(ProjectHealth.DeliveredOnTime(Baseline, Baseline.DueOn));
        Assert.False(ProjectHealth.DeliveredOnTime(Baseline, Baseline.DueOn.AddDays(1)));
        Assert.Null(ProjectHealth.DeliveredOnTime(Baseline, null));
    }
}
