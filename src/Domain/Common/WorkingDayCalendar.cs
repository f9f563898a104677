namespace InfoGov.Domain.Common;

/// <summary>
/// Which days are working days. Weekends are rest days unless declared make-up working days
/// (调休); weekdays are working days unless declared public holidays. Both lists come from the
/// deployment's configuration because they are published year by year.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeUpWorkingDays;

    public WorkingDayCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays)
    {
        _holidays = [.. holidays];
        _makeUpWorkingDays = [.. makeUpWorkingDays];
    }

    public static WorkingDayCalendar WeekdaysOnly { get; } = new([], []);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_makeUpWorkingDays.Contains(day)) return true;
        if (_holidays.Contains(day)) return false;
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The date that is <paramref name="workingDays"/> working days after <paramref name="start"/>;
    /// the start day itself is not counted, as in "answer within 10 working days of submission".</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) remaining--;
        }
        return day;
    }

    /// <summary>Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }
}
