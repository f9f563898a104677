using InfoGov.Domain.Common;

namespace InfoGov.Domain.Operations;

/// <summary>
/// An unplanned interruption or security event: detected, then resolved, with its cause. It is filed
/// against the system it was found on and may name other systems it took down; until resolved it
/// counts as downtime up to the end of whatever period is measured.
/// </summary>
public sealed class Incident : VersionedEntity, IPartOfSystem
{
    public const int MaxTextLength = 2_000;

    public required Guid SystemId { get; init; }
    /// <summary>Other systems the incident took down.</summary>
    public List<Guid> AlsoAffectedSystemIds { get; init; } = [];
    public required string Title { get; init; }
    public required IncidentSeverity Severity { get; init; }
    public required bool IsSecurityIncident { get; init; }
    public required DateTimeOffset DetectedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public string? Cause { get; private set; }

    public IEnumerable<Guid> AffectedSystemIds => AlsoAffectedSystemIds.Prepend(SystemId);

    public static Incident Report(Guid systemId, IEnumerable<Guid> alsoAffected, string title, IncidentSeverity severity, bool security, DateTimeOffset detectedAt, DateTimeOffset now, Guid id = default)
    {
        title = title.Trim();
        if (title.Length is 0 or > 200) throw new RuleViolation(RuleViolation.Validation, "An incident has a title of 1 to 200 characters.", "title");
        if (detectedAt > now) throw new RuleViolation(RuleViolation.Validation, "An incident is reported once detected, not before.", "detectedAt");
        return new Incident
        {
            Id = id,
            SystemId = systemId,
            AlsoAffectedSystemIds = [.. alsoAffected.Where(id => id != systemId).Distinct()],
            Title = title,
            Severity = severity,
            IsSecurityIncident = security,
            DetectedAt = detectedAt,
        };
    }

    public void Resolve(DateTimeOffset resolvedAt, string cause, DateTimeOffset now)
    {
        if (ResolvedAt is not null) throw new RuleViolation(RuleViolation.InvalidTransition, "The incident is resolved already.");
        if (resolvedAt < DetectedAt) throw new RuleViolation(RuleViolation.Validation, "An incident is resolved after it was detected.", "resolvedAt");
        if (resolvedAt > now) throw new RuleViolation(RuleViolation.Validation, "Record a resolution once it happened.", "resolvedAt");
        if (string.IsNullOrWhiteSpace(cause) || cause.Length > MaxTextLength) throw new RuleViolation(RuleViolation.Validation, "Give the cause (up to 2,000 characters).", "cause");
        ResolvedAt = resolvedAt;
        Cause = cause.Trim();
    }

    /// <summary>Time to repair; null while unresolved.</summary>
    public TimeSpan? RepairTime => ResolvedAt - DetectedAt;
}
