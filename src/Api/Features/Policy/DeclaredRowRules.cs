using System.Linq.Expressions;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Common;
using InfoGov.Domain.Operations;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Features.Policy;

/// <summary>
/// The rows of entities without a rule of their own, from what they declare: until a review closes, its
/// seats and opinions are seen by the office and by the experts seated on that panel only; data items
/// and other details follow their catalog entry; incidents, backups and maintenance follow their system.
/// </summary>
public sealed class DeclaredRowRules : IDeclaredRowRule
{
    public IQueryable<T> Visible<T>(IQueryable<T> rows, Caller caller, InfoGovDbContext db) where T : class
    {
        if (typeof(IPanelRecord).IsAssignableFrom(typeof(T))) return rows.Where(OfClosedOrOwnPanel(KeyOf<T>(nameof(IPanelRecord.PanelId)), caller, db));
        if (typeof(IDetailOfDataResource).IsAssignableFrom(typeof(T))) return rows.Where(OfVisibleResource(KeyOf<T>(nameof(IDetailOfDataResource.ResourceId)), caller, db));
        if (typeof(IPartOfSystem).IsAssignableFrom(typeof(T))) return rows.Where(OfVisibleSystem(KeyOf<T>(nameof(IPartOfSystem.SystemId)), caller, db));
        return rows;
    }

    /// <summary>Whether the caller holds a government role other than pool expert: such callers see internal data.</summary>
    public static bool SeesInternalData(Caller caller) =>
        caller.Roles.Any(role => Roles.Government.Contains(role) && role != Roles.Expert);

    // "row => row.PanelId" on the entity's own property (not the interface's), which EF maps.
    private static Expression<Func<TRow, Guid>> KeyOf<TRow>(string property)
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        return Expression.Lambda<Func<TRow, Guid>>(Expression.Property(row, property), row);
    }

    /// <summary>Rows whose catalog entry the caller sees.</summary>
    private static Expression<Func<TRow, bool>> OfVisibleResource<TRow>(Expression<Func<TRow, Guid>> resourceOf, Caller caller, InfoGovDbContext db)
    {
        Expression<Func<Guid, bool>> visible = resourceId => db.DataResources.VisibleTo(caller, db).Any(r => r.Id == resourceId);
        return KeyPredicate.Compose(visible, resourceOf);
    }

    /// <summary>Rows about a system in operation (incidents, backups, maintenance) whose system the caller sees.</summary>
    private static Expression<Func<TRow, bool>> OfVisibleSystem<TRow>(Expression<Func<TRow, Guid>> systemOf, Caller caller, InfoGovDbContext db)
    {
        Expression<Func<Guid, bool>> visible = systemId => db.InformationSystems.VisibleTo(caller, db).Any(s => s.Id == systemId);
        return KeyPredicate.Compose(visible, systemOf);
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
        return KeyPredicate.Compose(visible, panelOf);
    }
}
