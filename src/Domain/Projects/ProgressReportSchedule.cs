namespace InfoGov.Domain.Projects;

/// <summary>When monthly progress reports are due: the report on a month is due by a configured
/// day of the following month (default the 10th).</summary>
public sealed class ProgressReportSchedule(int dueDayOfFollowingMonth = ProgressReportSchedule.DefaultDueDay)
{
    public const int DefaultDueDay = 10;

    public int DueDayOfFollowingMonth { get; } = dueDayOfFollowingMonth is >= 1 and <= 28
        ? dueDayOfFollowingMonth
        : throw new ArgumentOutOfRangeException(nameof(dueDayOfFollowingMonth), "Use a day between 1 and 28.");

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    public DateOnly DueOn(DateOnly month) => MonthOf(month).AddMonths(1).AddDays(DueDayOfFollowingMonth - 1);

    /// <summary>
    /// True when the project is under way, the month before <paramref name="asOf"/> was a month
    /// of work (the project started in or before it), its report's due day has passed, and the
    /// latest report is older than that month.
    /// </summary>
    public bool IsOverdue(ProjectStatus status, DateOnly? startedOn, DateOnly? latestReportMonth, DateOnly asOf)
    {
        if (!ProjectLifecycle.IsUnderWay(status) || startedOn is null) return false;
        var owedMonth = OwedMonth(asOf);
        if (MonthOf(startedOn.Value) > owedMonth) return false;
        return latestReportMonth is null || latestReportMonth.Value < owedMonth;
    }

    /// <summary>The latest month whose report is past its due day on <paramref name="asOf"/>: a project under
    /// way since that month or before is overdue without a report for it (or a later one).</summary>
    public DateOnly OwedMonth(DateOnly asOf)
    {
        var owedMonth = MonthOf(asOf).AddMonths(-1);
        return asOf <= DueOn(owedMonth) ? owedMonth.AddMonths(-1) : owedMonth;
    }
}
