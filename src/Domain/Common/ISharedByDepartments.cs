namespace InfoGov.Domain.Common;

/// <summary>An object that belongs to more than one department at once (a system its owner and its
/// operator both answer for): "own department" access admits the users of each.</summary>
public interface ISharedByDepartments
{
    IReadOnlyCollection<Guid> DepartmentIds { get; }
}
