namespace InfoGov.Domain.Common;

/// <summary>An object of one department (its owner, provider or seat): "own department" access to it
/// is decided by this department. Implement it on a new entity instead of registering the entity
/// anywhere else.</summary>
public interface IBelongsToDepartment
{
    Guid DepartmentId { get; }
}
