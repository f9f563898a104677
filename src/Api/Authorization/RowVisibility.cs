using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Projects;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Authorization;

/// <summary>
/// Which rows of a list a caller sees at all, applied in SQL wherever projects and catalog entries
/// are loaded (root lists, nested lists, references, node): the public and dashboards see published
/// projects and open catalog entries; an expert with no other government role sees the projects
/// whose review panels they sit on; an exchange system sees open entries and those it holds a grant for.
/// </summary>
public static class RowVisibility
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> rows, Caller caller, InfoGovDbContext db) where T : class => rows switch
    {
        IQueryable<Project> projects => (IQueryable<T>)Projects(projects, caller, db),
        IQueryable<DataResource> resources => (IQueryable<T>)Resources(resources, caller, db),
        _ => rows,
    };

    private static bool SeesInternalData(Caller caller) =>
        caller.Roles.Any(role => Roles.Government.Contains(role) && role != Roles.Expert);

    private static IQueryable<Project> Projects(IQueryable<Project> projects, Caller caller, InfoGovDbContext db)
    {
        if (SeesInternalData(caller)) return projects;
        if (caller.Roles.Contains(Roles.Expert) && Guid.TryParse(caller.ObjectId, out var account))
            return projects.Where(p => db.ReviewPanels.Any(panel => panel.ProjectId == p.Id
                && db.PanelMembers.Any(m => m.PanelId == panel.Id && db.Experts.Any(e => e.Id == m.ExpertId && e.AccountObjectId == account))));
        return projects.Where(p => p.IsPublished);
    }

    private static IQueryable<DataResource> Resources(IQueryable<DataResource> resources, Caller caller, InfoGovDbContext db)
    {
        // Drafts are the provider's and the office's alone.
        if (!caller.Roles.Contains(Roles.CommitteeOffice))
        {
            var own = caller.Department;
            resources = resources.Where(r => r.Status != CatalogStatus.Draft
                || (own != null && db.Departments.Any(d => d.Id == r.ProviderDepartmentId && d.Code == own)));
        }
        if (SeesInternalData(caller) || caller.Roles.Contains(Roles.Expert)) return resources;
        if (caller.Roles.Contains(Roles.DataExchange) && caller.Department is { } department)
            return resources.Where(r => r.OpenType == OpenType.Open || db.SharingGrants.Any(g => g.ResourceId == r.Id && g.RevokedAt == null
                && db.Departments.Any(d => d.Id == g.GranteeDepartmentId && d.Code == department)));
        return resources.Where(r => r.OpenType == OpenType.Open && r.Status == CatalogStatus.Published);
    }
}
