namespace InfoGov.Domain.Common;

/// <summary>
/// Which days are working days. Weekends are rest days unless declared make-up working days
/// (调休); weekdays are working days unless declared public holidays. Both lists are published year by
/// year, so the calendar knows which years it covers: a deadline that would run through a year
/// with no published calendar is refused (<see cref="RuleViolation.CalendarNotPublished"/>) rather than guessed.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeUpWorkingDays;
    private readonly HashSet<int>? _years;

    /// <param name="years">The years published; null when every year counts as published (weekends alone
    /// where no date is listed), as for demo data and tests of the arithmetic.</param>
    public WorkingDayCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays, IEnumerable<int>? years = null)
    {
        _holidays = [.. holidays];
        _makeUpWorkingDays = [.. makeUpWorkingDays];
        _years = years is null ? null : [.. years];
    }

    /// <summary>The calendar of the published years.</summary>
    public static WorkingDayCalendar Of(IEnumerable<Calendar.CalendarYear> years)
    {
        var list = years.ToList();
        return new(list.SelectMany(y => y.Holidays), list.SelectMany(y => y.MakeUpWorkingDays), list.Select(y => y.Year));
    }

    public static WorkingDayCalendar WeekdaysOnly { get; } = new([], []);

    /// <summary>Whether <paramref name="year"/> has a published calendar.</summary>
    public bool Covers(int year) => _years is null || _years.Contains(year);

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
            RequireCovered(day.Year);
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

    private void RequireCovered(int year)
    {
        if (!Covers(year))
            throw new RuleViolation(RuleViolation.CalendarNotPublished,
                $"The working-day calendar of {year} is not published, so a deadline in working days cannot be computed; the office publishes it with publishWorkingDayCalendar.");
    }
}
