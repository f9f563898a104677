namespace InfoGov.Api.Engine.Common;

/// <summary>"Today" for derived figures (overdue reports, planned progress), in the deployment's
/// time zone (configuration key <c>Clock:TimeZone</c>, default Asia/Shanghai).</summary>
public sealed class Clock(TimeProvider time, TimeZoneInfo zone)
{
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Midnight at the start of <paramref name="day"/> in the deployment's time zone.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>Years a month may be asked of (the instants of their months exist in every time zone).</summary>
    public const int FirstYear = 1900, LastYear = 9998;

    /// <summary>Whether <paramref name="day"/> falls in a year months may be asked of.</summary>
    public static bool Covers(DateOnly day) => day.Year is >= FirstYear and <= LastYear;

    /// <summary>The calendar month containing <paramref name="day"/>, from its first midnight to the next
    /// month's; INVALID_ARGUMENT for a month outside <see cref="FirstYear"/>..<see cref="LastYear"/>.</summary>
    public (DateTimeOffset From, DateTimeOffset To) MonthOf(DateOnly day)
    {
        if (!Covers(day))
            throw new GraphQL.ExecutionError($"The month {day:yyyy-MM} is outside the calendar: give one from {FirstYear}-01 to {LastYear}-12.") { Code = Errors.ErrorCodes.InvalidArgument };
        var first = new DateOnly(day.Year, day.Month, 1);
        return (StartOf(first), StartOf(first.AddMonths(1)));
    }

    public const string DefaultZone = "Asia/Shanghai";

    /// <summary>The configured zone. China Standard Time has had no daylight saving since 1991, so a
    /// host without time-zone data can use a fixed UTC+8 for the default.</summary>
    public static TimeZoneInfo ResolveZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) id = DefaultZone;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        if (id == DefaultZone) return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(8), id, id);
        throw new InvalidOperationException($"Clock:TimeZone '{id}' is not a time zone known to this host.");
    }
}
