using InfoGov.Domain.Common;

namespace InfoGov.Domain.Leadership;

/// <summary>Links one responsibility of a department to the official who holds it.</summary>
public sealed class ResponsibilityAssignment : VersionedEntity
{
    public required Guid DepartmentId { get; init; }
    public required ResponsibilityKind Kind { get; init; }
    public required Guid HolderId { get; set; }
    public required DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}
