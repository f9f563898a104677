using InfoGov.Domain.Common;

namespace InfoGov.Domain.Departments;

/// <summary>A major cross-department initiative owned by one group of the informatization
/// committee and led by one department. A project belongs to at most one programme.</summary>
public sealed class Programme : VersionedEntity
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public required Guid LeadDepartmentId { get; init; }
    public string? Description { get; init; }
    /// <summary>Free-text yearly targets, e.g. "2-3 demonstration towns and 15 villages a year".</summary>
    public string? AnnualTargets { get; init; }
}
