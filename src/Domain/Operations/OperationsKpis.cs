namespace InfoGov.Domain.Operations;

/// <summary>
/// The information centre's indicators for a period, from the records: stable operation rate (mean
/// availability of the systems in operation), incidents repaired within their target, backup and
/// restore-drill success rates, and security incidents. A rate with nothing to count is null, never
/// 100%: no backups recorded is not a perfect backup record.
/// </summary>
public sealed record OperationsKpis(
    int Systems, decimal? StableOperationRate, int Incidents, int IncidentsResolved, decimal? RepairWithinTargetRate,
    int Backups, decimal? BackupSuccessRate, int RestoreDrills, decimal? RestoreDrillSuccessRate, int SecurityIncidents)
{
    /// <summary>The security and continuity indicators of the same month and systems.</summary>
    public ContinuityKpis Continuity { get; init; } = ContinuityKpis.None;

    public static OperationsKpis Compute(IReadOnlyCollection<InformationSystem> systems, IReadOnlyCollection<Incident> incidents,
        IReadOnlyCollection<BackupRecord> records, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, RepairTargets targets)
    {
        var running = systems.Where(s => s.Status != SystemStatus.Retired).ToList();
        var ids = running.Select(s => s.Id).ToHashSet();
        var inPeriod = incidents.Where(i => i.DetectedAt < to && (i.ResolvedAt ?? DateTimeOffset.MaxValue) > from && i.AffectedSystemIds.Any(ids.Contains)).ToList();
        var resolved = inPeriod.Where(i => i.ResolvedAt is { } r && r >= from && r < to).ToList();
        var backups = records.Where(r => r.Kind == BackupKind.Backup && ids.Contains(r.SystemId) && r.PerformedAt >= from && r.PerformedAt < to).ToList();
        var drills = records.Where(r => r.Kind == BackupKind.RestoreDrill && ids.Contains(r.SystemId) && r.PerformedAt >= from && r.PerformedAt < to).ToList();
        return new OperationsKpis(
            running.Count,
            running.Count == 0 ? null : Math.Round(running.Average(s => Availability.Of(s.Id, inPeriod, from, to, now).Exact), 2, MidpointRounding.AwayFromZero),
            inPeriod.Count,
            resolved.Count,
            Rate(resolved.Count(i => i.RepairTime <= targets.For(i.Severity)), resolved.Count),
            backups.Count,
            Rate(backups.Count(b => b.Succeeded), backups.Count),
            drills.Count,
            Rate(drills.Count(d => d.Succeeded), drills.Count),
            inPeriod.Count(i => i.IsSecurityIncident));
    }

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);
}
