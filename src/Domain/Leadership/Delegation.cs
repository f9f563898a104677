using InfoGov.Domain.Common;

namespace InfoGov.Domain.Leadership;

/// <summary>A responsibility handed by its holder to another official (usually the information
/// manager, e.g. for contract signing) for a period, until it ends or is revoked.</summary>
public sealed class Delegation : VersionedEntity
{
    public required Guid AssignmentId { get; init; }
    public required Guid DelegateId { get; init; }
    /// <summary>What exactly is delegated, e.g. "sign contracts up to 1,000,000 CNY".</summary>
    public required string Scope { get; init; }
    public required DateOnly ValidFrom { get; init; }
    public required DateOnly ValidTo { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsValidOn(DateOnly day) => RevokedAt is null && ValidFrom <= day && day <= ValidTo;

    /// <summary>Hands <paramref name="assignment"/> to <paramref name="delegate"/>, an official of the same
    /// department other than the holder, for a period.</summary>
    public static Delegation Create(ResponsibilityAssignment assignment, Official @delegate, string scope, DateOnly from, DateOnly to)
    {
        if (@delegate.DepartmentId != assignment.DepartmentId)
            throw new RuleViolation(RuleViolation.Validation, "A responsibility is delegated within its department.", "delegateId");
        if (@delegate.Id == assignment.HolderId)
            throw new RuleViolation(RuleViolation.Validation, "The holder cannot delegate to themselves.", "delegateId");
        if (string.IsNullOrWhiteSpace(scope))
            throw new RuleViolation(RuleViolation.Validation, "Say what exactly is delegated.", "scope");
        if (to < from)
            throw new RuleViolation(RuleViolation.Validation, "The delegation ends after it starts.", "validTo");
        return new Delegation { AssignmentId = assignment.Id, DelegateId = @delegate.Id, Scope = scope.Trim(), ValidFrom = from, ValidTo = to };
    }

    public void Revoke(DateTimeOffset at)
    {
        if (RevokedAt is not null) throw new RuleViolation(RuleViolation.InvalidTransition, "This delegation has already been revoked.");
        RevokedAt = at;
    }
}
