using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>
/// The derived figures of a project against its baseline, computed as of a given day.
/// Schedule variance compares actual progress with the progress the baseline planned by that day
/// (the elapsed share of its duration); once the project is complete it is the slip of the
/// completion date as a share of the baseline duration. Cost variance is earned-value based:
/// (spend to date - budget x progress) / (budget x progress). Positive means behind or over.
/// </summary>
public static class ProjectHealth
{
    public static Variance? ScheduleVariance(ProjectPlan? baseline, int? progressPercent, DateOnly asOf, DateOnly? completedOn)
    {
        if (baseline is null || baseline.DurationDays <= 0) return null;
        if (completedOn is { } done)
            return Variance.Of((decimal)(done.DayNumber - baseline.DueOn.DayNumber) / baseline.DurationDays);

        var planned = PlannedProgress(baseline, asOf);
        if (planned == 0m) return Variance.Of(0m);
        var actual = (decimal)(progressPercent ?? 0);
        return Variance.Of((planned - actual) / planned);
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
