namespace InfoGov.Api.Common;

/// <summary>"Today" for derived figures (overdue reports, planned progress), in the deployment's
/// time zone (configuration key <c>Clock:TimeZone</c>, default Asia/Shanghai).</summary>
public sealed class Clock(TimeProvider time, TimeZoneInfo zone)
{
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);

    public DateTimeOffset Now => time.GetUtcNow();

    public static TimeZoneInfo ResolveZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) id = "Asia/Shanghai";
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(8), id, id);
    }
}
