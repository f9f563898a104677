namespace InfoGov.Domain.Operations;

/// <summary>How soon an incident of each severity must be repaired (configurable; defaults 4, 24 and 72 hours).</summary>
public sealed record RepairTargets(TimeSpan Critical, TimeSpan Major, TimeSpan Minor)
{
    public static readonly RepairTargets Default = new(TimeSpan.FromHours(4), TimeSpan.FromHours(24), TimeSpan.FromHours(72));

    public TimeSpan For(IncidentSeverity severity) => severity switch
    {
        IncidentSeverity.Critical => Critical,
        IncidentSeverity.Major => Major,
        _ => Minor,
    };
}
