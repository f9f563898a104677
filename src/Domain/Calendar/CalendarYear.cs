using InfoGov.Domain.Common;

namespace InfoGov.Domain.Calendar;

/// <summary>
/// One year of the working-day calendar as the government published it: its public holidays and its
/// make-up working days (调休). Published yearly by the office; every deadline in working days that
/// falls in the year is computed from it, and a deadline in a year with none is refused.
/// </summary>
public sealed class CalendarYear : VersionedEntity, Integration.IKeepsHistory
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public required int Year { get; init; }
    public IReadOnlyList<DateOnly> Holidays { get => _holidays; init => _holidays = [.. value]; }
    private List<DateOnly> _holidays = [];
    public IReadOnlyList<DateOnly> MakeUpWorkingDays { get => _makeUpWorkingDays; init => _makeUpWorkingDays = [.. value]; }
    private List<DateOnly> _makeUpWorkingDays = [];
    /// <summary>Where the dates come from: the notice that published them, or the deployment's initial configuration.</summary>
    public string? Source { get => _source; init => _source = value; }
    private string? _source;

    /// <summary>Publishes <paramref name="year"/>'s calendar.</summary>
    public static CalendarYear Publish(int year, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays, string? source)
    {
        if (year is < FirstYear or > LastYear) throw new RuleViolation(RuleViolation.Validation, $"Give a year from {FirstYear} to {LastYear}.", "year");
        var calendar = new CalendarYear { Year = year };
        calendar.Revise(holidays, makeUpWorkingDays, source);
        return calendar;
    }

    /// <summary>Replaces the dates (a corrected notice). A holiday is a weekday of the year; a make-up
    /// working day is a weekend day of the year; no day is both, and none is listed twice.</summary>
    public void Revise(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays, string? source)
    {
        var rest = holidays.ToList();
        var work = makeUpWorkingDays.ToList();
        Check(rest, "holidays", "holiday");
        Check(work, "makeUpWorkingDays", "make-up working day");
        foreach (var both in rest.Intersect(work))
            throw new RuleViolation(RuleViolation.Validation, $"{both:yyyy-MM-dd} is listed both as a holiday and as a make-up working day.", "makeUpWorkingDays");
        foreach (var weekday in work.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
            throw new RuleViolation(RuleViolation.Validation, $"{weekday:yyyy-MM-dd} is a weekday, a working day already; a make-up working day is a Saturday or Sunday.", "makeUpWorkingDays");
        if (source is { Length: > 200 }) throw new RuleViolation(RuleViolation.Validation, "The source is at most 200 characters.", "source");
        _holidays = [.. rest.Order()];
        _makeUpWorkingDays = [.. work.Order()];
        _source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
    }

    private void Check(List<DateOnly> days, string field, string what)
    {
        foreach (var outside in days.Where(d => d.Year != Year))
            throw new RuleViolation(RuleViolation.Validation, $"The {what} {outside:yyyy-MM-dd} is outside {Year}.", field);
        foreach (var twice in days.GroupBy(d => d).Where(g => g.Count() > 1))
            throw new RuleViolation(RuleViolation.Validation, $"{twice.Key:yyyy-MM-dd} is listed twice.", field);
    }
}
