using GraphQL.DataLoader;
using InfoGov.Api.Common.Loading;
using InfoGov.Domain.Assessments;
using InfoGov.Domain.Budgets;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Authorization;

/// <summary>
/// The departments an object belongs to, for "own department" access: a project's owning department
/// (and what hangs off a project), an official's or assessment's department, a resource's provider,
/// a sharing request's requester and provider, a grant's grantee and provider. Lookups go through
/// the request's batch loaders so that checking a page of objects costs one query per level.
/// </summary>
public static class DepartmentScopes
{
    /// <param name="source">The object to place.</param>
    /// <param name="loaders">The request's batch loaders.</param>
    /// <param name="parent">The object the source was reached from, if known: a project's budget line
    /// read through that project needs no lookup.</param>
    public static IDataLoaderResult<IReadOnlyCollection<Guid>>? Of(object source, Loaders loaders, object? parent = null) => source switch
    {
        Department d => Known(d.Id),
        Project p => Known(p.OwnerDepartmentId),
        Official o => Known(o.DepartmentId),
        ResponsibilityAssignment a => Known(a.DepartmentId),
        Assessment a => Known(a.DepartmentId),
        DataResource r => Known(r.ProviderDepartmentId),
        ProgressReport r => OwnerOf(r.ProjectId, loaders, parent),
        BudgetLine b => OwnerOf(b.ProjectId, loaders, parent),
        FundAllocation f => OwnerOf(f.ProjectId, loaders, parent),
        Expenditure e => OwnerOf(e.ProjectId, loaders, parent),
        ProjectFundingYear y => OwnerOf(y.ProjectId, loaders, parent),
        Contract c => OwnerOf(c.ProjectId, loaders, parent),
        Tender t => OwnerOf(t.ProjectId, loaders, parent),
        SharingRequest r => loaders.ByIdForAccessCheck<DataResource>(r.ResourceId)
            .Then(resource => Ids(r.RequesterDepartmentId, resource?.ProviderDepartmentId)),
        SharingGrant g => loaders.ByIdForAccessCheck<DataResource>(g.ResourceId)
            .Then(resource => Ids(g.GranteeDepartmentId, resource?.ProviderDepartmentId)),
        DataAccessLogEntry e => loaders.ByIdForAccessCheck<DataResource>(e.ResourceId).Then(resource => Ids(resource?.ProviderDepartmentId)),
        _ => null,
    };

    private static IDataLoaderResult<IReadOnlyCollection<Guid>> Known(Guid id) => LoaderResults.Known<IReadOnlyCollection<Guid>>([id]);

    private static IReadOnlyCollection<Guid> Ids(params Guid?[] ids) => ids.OfType<Guid>().Distinct().ToList();

    private static IDataLoaderResult<IReadOnlyCollection<Guid>> OwnerOf(Guid projectId, Loaders loaders, object? parent) =>
        parent is Project project && project.Id == projectId
            ? Known(project.OwnerDepartmentId)
            : loaders.ByIdForAccessCheck<Project>(projectId).Then(p => Ids(p?.OwnerDepartmentId));

}
