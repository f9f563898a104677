using GraphQL.DataLoader;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Domain.Common;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Operations;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Policy;

/// <summary>
/// The departments an object belongs to, for "own department" access, from what the entity declares
/// of itself (<see cref="IBelongsToDepartment"/>, <see cref="IPartOfProject"/>,
/// <see cref="IPartOfDataResource"/>): no per-entity list to keep. Lookups go through the request's
/// batch loaders so that checking a page of objects costs one query per level.
/// </summary>
public sealed class DepartmentScopes : IDepartmentScopes
{
    public IDataLoaderResult<IReadOnlyCollection<Guid>>? Of(object source, Loaders loaders, object? parent = null) => source switch
    {
        ISharedByDepartments shared => LoaderResults.Known(shared.DepartmentIds),
        IBelongsToDepartment owned => Known(owned.DepartmentId),
        IPartOfSystem record => loaders.ByIdForAccessCheck<InformationSystem>(record.SystemId)
            .Then(system => system is null ? [] : ((ISharedByDepartments)system).DepartmentIds),
        IPartOfProject part => OwnerOf(part.ProjectId, loaders, parent),
        IPartOfDataResource record => loaders.ByIdForAccessCheck<DataResource>(record.ResourceId)
            .Then(resource => Ids(record.CounterpartDepartmentId, resource?.ProviderDepartmentId)),
        _ => null,
    };

    private static IDataLoaderResult<IReadOnlyCollection<Guid>> Known(Guid id) => LoaderResults.Known<IReadOnlyCollection<Guid>>([id]);

    private static IReadOnlyCollection<Guid> Ids(params Guid?[] ids) => ids.OfType<Guid>().Distinct().ToList();

    private static IDataLoaderResult<IReadOnlyCollection<Guid>> OwnerOf(Guid projectId, Loaders loaders, object? parent) =>
        parent is Project project && project.Id == projectId
            ? Known(project.OwnerDepartmentId)
            : loaders.ByIdForAccessCheck<Project>(projectId).Then(p => Ids(p?.OwnerDepartmentId));

}
