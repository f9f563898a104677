namespace InfoGov.Domain.Operations;

/// <summary>
/// A system's availability over a period: the share of the period it was not down because of an
/// incident. Overlapping incidents count once; an unresolved incident runs to the end of the period
/// (or to <c>now</c>, for a period not yet over); planned maintenance is not downtime.
/// </summary>
public static class Availability
{
    public sealed record Figure(DateTimeOffset From, DateTimeOffset To, TimeSpan Downtime)
    {
        /// <summary>Percent available, unrounded.</summary>
        public decimal Exact => To <= From ? 100m : 100m * (1m - (decimal)(Downtime.TotalSeconds / (To - From).TotalSeconds));

        /// <summary>Percent available, rounded to two decimals (a 3-hour outage in a 30-day month gives 99.58).</summary>
        public decimal Percent => Math.Round(Exact, 2, MidpointRounding.AwayFromZero);
    }

    public static Figure Of(Guid systemId, IEnumerable<Incident> incidents, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        var end = now < to ? now : to;
        var intervals = incidents.Where(i => i.AffectedSystemIds.Contains(systemId))
            .Select(i => (Start: Max(i.DetectedAt, from), End: Min(i.ResolvedAt ?? end, end)))
            .Where(x => x.End > x.Start)
            .OrderBy(x => x.Start)
            .ToList();
        var down = TimeSpan.Zero;
        DateTimeOffset? openStart = null, openEnd = null;
        foreach (var (start, stop) in intervals)
        {
            if (openEnd is { } current && start <= current)
            {
                if (stop > current) openEnd = stop;
                continue;
            }
            if (openStart is { } s && openEnd is { } e) down += e - s;
            (openStart, openEnd) = (start, stop);
        }
        if (openStart is { } lastStart && openEnd is { } lastEnd) down += lastEnd - lastStart;
        return new Figure(from, to, down);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
