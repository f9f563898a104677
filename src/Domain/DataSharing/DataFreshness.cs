namespace InfoGov.Domain.DataSharing;

/// <summary>
/// Whether a catalog entry's data is kept up to date by its declared update cycle: the next refresh is due one cycle
/// after the last recorded one (a real-time or daily entry the next day), and the entry is stale once today is past
/// that. An irregular entry, or one whose refreshes are not recorded yet, is never judged stale.
/// </summary>
public static class DataFreshness
{
    /// <summary>The day the next refresh is due; null when the cycle sets none or nothing was recorded.</summary>
    public static DateOnly? NextUpdateDueOn(UpdateCycle cycle, DateOnly? lastUpdatedOn) => lastUpdatedOn is not { } last ? null : cycle switch
    {
        UpdateCycle.RealTime or UpdateCycle.Daily => last.AddDays(1),
        UpdateCycle.Weekly => last.AddDays(7),
        UpdateCycle.Monthly => last.AddMonths(1),
        UpdateCycle.Quarterly => last.AddMonths(3),
        UpdateCycle.Yearly => last.AddYears(1),
        _ => null,
    };

    public static bool IsStale(UpdateCycle cycle, DateOnly? lastUpdatedOn, DateOnly today) => NextUpdateDueOn(cycle, lastUpdatedOn) is { } due && today > due;

    /// <summary>
    /// For a query: an entry of <paramref name="cycle"/> is stale today when its last refresh is before this day (the
    /// same rule as <see cref="IsStale"/>, turned round); null for a cycle that is never stale.
    /// </summary>
    public static DateOnly? StaleIfUpdatedBefore(UpdateCycle cycle, DateOnly today) => cycle switch
    {
        UpdateCycle.RealTime or UpdateCycle.Daily => today.AddDays(-1),
        UpdateCycle.Weekly => today.AddDays(-7),
        UpdateCycle.Monthly => today.AddMonths(-1),
        UpdateCycle.Quarterly => today.AddMonths(-3),
        UpdateCycle.Yearly => today.AddYears(-1),
        _ => null,
    };
}
