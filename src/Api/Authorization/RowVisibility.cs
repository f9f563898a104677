using System.Linq.Expressions;
using InfoGov.Api.Common;
using InfoGov.Domain.Common;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Projects;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Authorization;

/// <summary>
/// Which rows a caller sees at all, applied in SQL wherever they are loaded (root lists, nested
/// lists, references, node and nodes), so every path gives the same answer: the public and
/// dashboards see published projects and open catalog entries; an expert with no other government
/// role sees the projects whose review panels they sit on; an exchange system sees open entries and
/// those it holds a grant for; data items follow their entry. Until a review closes, its seats and
/// opinions are seen by the office and by the experts seated on that panel only.
/// </summary>
public static class RowVisibility
{
    /// <remarks>Projects and catalog entries have rules of their own; every other entity follows
    /// what it declares of itself (<see cref="IPanelRecord"/>, <see cref="IDetailOfDataResource"/>),
    /// so a new entity needs no entry here.</remarks>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> rows, Caller caller, InfoGovDbContext db) where T : class => rows switch
    {
        IQueryable<Project> projects => (IQueryable<T>)Projects(projects, caller, db),
        IQueryable<DataResource> resources => (IQueryable<T>)Resources(resources, caller, db),
        _ when typeof(IPanelRecord).IsAssignableFrom(typeof(T)) => rows.Where(OfClosedOrOwnPanel(KeyOf<T>(nameof(IPanelRecord.PanelId)), caller, db)),
        _ when typeof(IDetailOfDataResource).IsAssignableFrom(typeof(T)) => rows.Where(OfVisibleResource(KeyOf<T>(nameof(IDetailOfDataResource.ResourceId)), caller, db)),
        _ => rows,
    };

    // "row => row.PanelId" on the entity's own property (not the interface's), which EF maps.
    private static Expression<Func<TRow, Guid>> KeyOf<TRow>(string property)
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        return Expression.Lambda<Func<TRow, Guid>>(Expression.Property(row, property), row);
    }

    /// <summary>Rows whose catalog entry the caller sees.</summary>
    private static Expression<Func<TRow, bool>> OfVisibleResource<TRow>(Expression<Func<TRow, Guid>> resourceOf, Caller caller, InfoGovDbContext db)
    {
        Expression<Func<Guid, bool>> visible = resourceId => Resources(db.DataResources, caller, db).Any(r => r.Id == resourceId);
        return Compose(visible, resourceOf);
    }

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

    /// <summary>Rows of a closed panel, or of a panel the calling expert sits on; all rows for the office.</summary>
    private static Expression<Func<TRow, bool>> OfClosedOrOwnPanel<TRow>(Expression<Func<TRow, Guid>> panelOf, Caller caller, InfoGovDbContext db)
    {
        if (caller.Roles.Contains(Roles.CommitteeOffice)) return _ => true;
        Guid? account = caller.Roles.Contains(Roles.Expert) && Guid.TryParse(caller.ObjectId, out var oid) ? oid : null;
        Expression<Func<Guid, bool>> visible = panelId =>
            db.ReviewPanels.Any(p => p.Id == panelId && p.ConcludedAt != null)
            || (account != null && db.PanelMembers.Any(s => s.PanelId == panelId
                && db.Experts.Any(e => e.Id == s.ExpertId && e.AccountObjectId == account)));
        return Compose(visible, panelOf);
    }

    // visible(keyOf(row)), composed as one expression tree so that EF translates it to SQL.
    private static Expression<Func<TRow, bool>> Compose<TRow>(Expression<Func<Guid, bool>> visible, Expression<Func<TRow, Guid>> keyOf)
    {
        var body = new ParameterReplacer(visible.Parameters[0], keyOf.Body).Visit(visible.Body);
        return Expression.Lambda<Func<TRow, bool>>(body, keyOf.Parameters[0]);
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
