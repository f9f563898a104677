using InfoGov.Domain.Common;

namespace InfoGov.Domain.Departments;

/// <summary>A government unit. Departments form a tree (county, then townships); the code is
/// stable and human-readable, so other systems refer to departments by it.</summary>
public sealed class Department : VersionedEntity, IBelongsToDepartment
{
    Guid IBelongsToDepartment.DepartmentId => Id;

    public required string Code { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public required DepartmentKind Kind { get; init; }
    public Guid? ParentId { get; init; }
}
