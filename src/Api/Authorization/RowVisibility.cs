using System.Linq.Expressions;
using InfoGov.Api.Common;
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
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> rows, Caller caller, InfoGovDbContext db) where T : class => rows switch
    {
        IQueryable<Project> projects => (IQueryable<T>)Projects(projects, caller, db),
        IQueryable<DataResource> resources => (IQueryable<T>)Resources(resources, caller, db),
        IQueryable<DataItem> items => (IQueryable<T>)items.Where(i => Resources(db.DataResources, caller, db).Any(r => r.Id == i.ResourceId)),
        IQueryable<PanelMember> seats => (IQueryable<T>)seats.Where(OfClosedOrOwnPanel<PanelMember>(m => m.PanelId, caller, db)),
        IQueryable<ExpertOpinion> opinions => (IQueryable<T>)opinions.Where(OfClosedOrOwnPanel<ExpertOpinion>(o => o.PanelId, caller, db)),
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

    /// <summary>Rows of a closed panel, or of a panel the calling expert sits on; all rows for the office.</summary>
    private static Expression<Func<TRow, bool>> OfClosedOrOwnPanel<TRow>(Expression<Func<TRow, Guid>> panelOf, Caller caller, InfoGovDbContext db)
    {
        if (caller.Roles.Contains(Roles.CommitteeOffice)) return _ => true;
        Guid? account = caller.Roles.Contains(Roles.Expert) && Guid.TryParse(caller.ObjectId, out var oid) ? oid : null;
        Expression<Func<Guid, bool>> visible = panelId =>
            db.ReviewPanels.Any(p => p.Id == panelId && p.ConcludedAt != null)
            || (account != null && db.PanelMembers.Any(s => s.PanelId == panelId
                && db.Experts.Any(e => e.Id == s.ExpertId && e.AccountObjectId == account)));
        // visible(panelOf(row)), composed as one expression tree so that EF translates it to SQL.
        var body = new ParameterReplacer(visible.Parameters[0], panelOf.Body).Visit(visible.Body);
        return Expression.Lambda<Func<TRow, bool>>(body, panelOf.Parameters[0]);
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
