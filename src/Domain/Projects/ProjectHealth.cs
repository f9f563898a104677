using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>
/// The derived figures of a project against its baseline, computed as of a given day.
/// Schedule variance compares actual progress with the progress the baseline planned by that day
/// (the elapsed share of its duration), or the lateness of its latest-running milestone as a share of the
/// baseline duration when that is more; once the project is complete it is the slip of the completion date
/// as a share of the baseline duration. Cost variance is earned-value based:
/// (spend to date - budget x progress) / (budget x progress). Positive means behind or over.
/// </summary>
public static class ProjectHealth
{
    /// <param name="milestoneDaysLate">The lateness of the latest-running milestone (<see cref="Milestone.MostDaysLate"/>):
    /// while under way, a project is behind by at least that share of its planned duration, whatever its reported progress.</param>
    public static Variance? ScheduleVariance(ProjectPlan? baseline, int? progressPercent, DateOnly asOf, DateOnly? completedOn, int milestoneDaysLate)
    {
        if (baseline is null || baseline.DurationDays <= 0) return null;
        if (completedOn is { } done)
            return Variance.Of((decimal)(done.DayNumber - baseline.DueOn.DayNumber) / baseline.DurationDays);

        var slip = (decimal)milestoneDaysLate / baseline.DurationDays;
        var planned = PlannedProgress(baseline, asOf);
        var actual = (decimal)(progressPercent ?? 0);
        var behind = planned == 0m ? 0m : (planned - actual) / planned;
        // Ahead of plan stays negative unless a milestone is late.
        return Variance.Of(slip > 0m && slip > behind ? slip : behind);
    }

    public static Variance? CostVariance(ProjectPlan? baseline, int? progressPercent, Money? spendToDate)
    {
        if (baseline is null || progressPercent is null or 0 || spendToDate is null) return null;
        var earned = baseline.Budget.Amount * progressPercent.Value / 100m;
        if (earned == 0m) return null;
        return Variance.Of((spendToDate.Amount - earned) / earned);
    }

    /// <summary>Planned progress in percent (0-100) on <paramref name="asOf"/>.</summary>
    public static decimal PlannedProgress(ProjectPlan baseline, DateOnly asOf)
    {
        if (asOf <= baseline.StartOn) return 0m;
        if (asOf >= baseline.DueOn) return 100m;
        return Math.Round(100m * (asOf.DayNumber - baseline.StartOn.DayNumber) / baseline.DurationDays, 2);
    }

    /// <summary>Red when any adverse variance (behind schedule, over budget) is high; amber when one is
    /// medium or a progress report is overdue; green otherwise. Being ahead of plan or under budget
    /// never turns a project amber. Null for projects without a baseline or that were stopped.</summary>
    public static StatusColour? Colour(ProjectStatus status, Variance? schedule, Variance? cost, bool reportOverdue)
    {
        if (!ProjectLifecycle.HasBaseline(status)) return null;
        var bands = new[] { schedule, cost }.Where(v => v is { Ratio: > 0m }).Select(v => v!.Band).ToList();
        if (bands.Contains(VarianceBand.High)) return StatusColour.Red;
        if (bands.Contains(VarianceBand.Medium) || reportOverdue) return StatusColour.Amber;
        return StatusColour.Green;
    }

    /// <summary>On time when completed no later than the baseline due date; null while not complete.</summary>
    public static bool? DeliveredOnTime(ProjectPlan? baseline, DateOnly? completedOn) =>
        baseline is null || completedOn is null ? null : completedOn <= baseline.DueOn;
}
