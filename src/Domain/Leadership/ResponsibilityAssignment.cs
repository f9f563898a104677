using InfoGov.Domain.Common;

namespace InfoGov.Domain.Leadership;

/// <summary>Links one responsibility of a department to the official who holds it.</summary>
public sealed class ResponsibilityAssignment : VersionedEntity, IBelongsToDepartment
{
    public required Guid DepartmentId { get; init; }
    public required ResponsibilityKind Kind { get; init; }
    public required Guid HolderId { get; set; }
    public required DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

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
}
