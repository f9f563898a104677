using InfoGov.Domain.Common;

namespace InfoGov.Domain.Leadership;

/// <summary>Links one responsibility of a department to the official who holds it.</summary>
public sealed class ResponsibilityAssignment : VersionedEntity, IBelongsToDepartment
{
    public required Guid DepartmentId { get; init; }
    public required ResponsibilityKind Kind { get; init; }
    public required Guid HolderId { get; init; }
    public required DateOnly ValidFrom { get; init; }
    public DateOnly? ValidTo { get => _validTo; init => _validTo = value; }
    private DateOnly? _validTo;

    /// <summary>Ends an open assignment on <paramref name="day"/> (its department ceased to exist, its holder left the post).</summary>
    internal void EndOn(DateOnly day)
    {
        if (_validTo is null || _validTo > day) _validTo = day < ValidFrom ? ValidFrom : day;
    }

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>Evidence that the holder fulfilled the responsibility: what, when (not before the
    /// assignment began, nor after today) and the document that proves it.</summary>
    public FulfilmentRecord RecordFulfilment(string summary, DateOnly fulfilledOn, string evidenceReference, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(summary)) throw new RuleViolation(RuleViolation.Validation, "Say what was approved or done.", "summary");
        if (string.IsNullOrWhiteSpace(evidenceReference)) throw new RuleViolation(RuleViolation.Validation, "Give the evidence document's reference.", "evidenceReference");
        if (fulfilledOn > today) throw new RuleViolation(RuleViolation.Validation, "Evidence is recorded for what has happened.", "fulfilledOn");
        if (fulfilledOn < ValidFrom)
            throw new RuleViolation(RuleViolation.Validation, $"The assignment began on {ValidFrom:yyyy-MM-dd}; a fulfilment cannot predate it.", "fulfilledOn");
        return new FulfilmentRecord { AssignmentId = Id, Summary = summary.Trim(), FulfilledOn = fulfilledOn, EvidenceReference = evidenceReference.Trim() };
    }

    /// <summary>
    /// Assigns a department's responsibility to one of its officials from <paramref name="validFrom"/>.
    /// The open assignments of the same responsibility that began earlier end the day before; one that
    /// begins on or after that day refuses the assignment. Everything is checked before anything ends.
    /// </summary>
    public static ResponsibilityAssignment Assign(Guid departmentId, ResponsibilityKind kind, Official holder, DateOnly validFrom, DateOnly? validTo,
        IReadOnlyCollection<ResponsibilityAssignment> openOfTheKind)
    {
        if (holder.DepartmentId != departmentId)
            throw new RuleViolation(RuleViolation.Validation, "The holder is an official of the department.", "holderId");
        if (validTo is { } to && to < validFrom)
            throw new RuleViolation(RuleViolation.Validation, "The assignment ends after it starts.", "validTo");
        if (openOfTheKind.Any(a => a.ValidFrom >= validFrom))
            throw new RuleViolation(RuleViolation.Validation, "An open assignment of this responsibility starts on or after that day.", "validFrom");
        foreach (var previous in openOfTheKind) previous._validTo = validFrom.AddDays(-1);
        return new ResponsibilityAssignment { DepartmentId = departmentId, Kind = kind, HolderId = holder.Id, ValidFrom = validFrom, ValidTo = validTo };
    }
}
