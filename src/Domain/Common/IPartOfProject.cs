namespace InfoGov.Domain.Common;

/// <summary>A record of a project (a report, a budget line, a contract...): it belongs to the
/// project's owning department for "own department" access.</summary>
public interface IPartOfProject
{
    Guid ProjectId { get; }
}
