using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Domain.Operations;

/// <summary>How serious a security finding is.</summary>
public enum FindingSeverity
{
    High,
    Medium,
    Low,
}

/// <summary>
/// One finding of a security check or risk assessment: what was found, how serious, what is to be done by when.
/// Open until resolved; overdue while open past its deadline.
/// </summary>
public sealed class SecurityFinding : VersionedEntity, IPartOfSystem, IKeepsHistory
{
    public required Guid ReviewId { get; init; }
    public required Guid SystemId { get; init; }
    public required int Number { get; init; }
    public required string Description { get; init; }
    public required FindingSeverity Severity { get; init; }
    public required string Remedy { get; init; }
    public required DateOnly DueOn { get; init; }
    /// <summary>The review's date: the finding is open from then.</summary>
    public required DateOnly FoundOn { get; init; }
    public DateOnly? ResolvedOn { get; private set; }
    public string? Resolution { get; private set; }

    /// <summary>A finding of a review (see <see cref="SecurityReview.Record"/>); a high-severity one is announced to the
    /// system owner's department.</summary>
    internal static SecurityFinding Found(Guid reviewId, Guid systemId, Guid ownerDepartmentId, int number, string description,
        FindingSeverity severity, string remedy, DateOnly dueOn, DateOnly foundOn)
    {
        var finding = new SecurityFinding
        {
            ReviewId = reviewId,
            SystemId = systemId,
            Number = number,
            Description = description,
            Severity = severity,
            Remedy = remedy,
            DueOn = dueOn,
            FoundOn = foundOn,
        };
        if (severity == FindingSeverity.High)
            finding.Raise(new DomainEvent(EventKind.SecurityFindingRaised, nameof(SecurityFinding), finding.Id, DepartmentId: ownerDepartmentId));
        return finding;
    }

    /// <summary>Open at the end of <paramref name="day"/>: found by then and not resolved by then.</summary>
    public bool IsOpenOn(DateOnly day) => FoundOn <= day && (ResolvedOn is null || ResolvedOn > day);

    /// <summary>Open at the end of <paramref name="day"/> and past its deadline.</summary>
    public bool IsOverdueOn(DateOnly day) => IsOpenOn(day) && day > DueOn;

    /// <summary>The system's keepers record what was done, and when.</summary>
    public void Resolve(DateOnly resolvedOn, string resolution, DateOnly today)
    {
        if (ResolvedOn is not null) throw new RuleViolation(RuleViolation.InvalidTransition, $"Finding {Number} is resolved already.");
        if (resolvedOn > today) throw new RuleViolation(RuleViolation.Validation, "Record a resolution once made.", "resolvedOn");
        if (resolvedOn < FoundOn) throw new RuleViolation(RuleViolation.Validation, $"A finding is resolved after it was found ({FoundOn:yyyy-MM-dd}).", "resolvedOn");
        Resolution = Texts.Required(resolution, "resolution", "Say what was done.", SecurityReview.TextMaxLength);
        ResolvedOn = resolvedOn;
    }
}
