using GraphQL.DataLoader;
using InfoGov.Api.Engine.Loading;

namespace InfoGov.Api.Engine.Authorization;

/// <summary>The departments an object belongs to, for "own department" access. The engine checks; the
/// features say where each object belongs.</summary>
public interface IDepartmentScopes
{
    /// <param name="source">The object to place.</param>
    /// <param name="loaders">The request's batch loaders.</param>
    /// <param name="parent">The object the source was reached from, if known: a project's budget line
    /// read through that project needs no lookup.</param>
    /// <returns>Null when the object declares no department: only callers admitted everywhere see it.</returns>
    IDataLoaderResult<IReadOnlyCollection<Guid>>? Of(object source, Loaders loaders, object? parent = null);
}
