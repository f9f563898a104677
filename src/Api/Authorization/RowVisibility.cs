using System.Linq.Expressions;
using InfoGov.Api.Common;
using InfoGov.Domain.Common;
using InfoGov.Domain.Operations;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Authorization;

/// <summary>
/// Which rows a caller sees at all, applied in SQL wherever they are loaded (root lists, nested
/// lists, references, node and nodes), so every path gives the same answer. Projects and catalog
/// entries follow their own rules (<c>ProjectRows</c>, <c>DataResourceRows</c>); data items follow
/// their entry; until a review closes, its seats and opinions are seen by the office and by the
/// experts seated on that panel only.
/// </summary>
public static class RowVisibility
{
    /// <remarks>An entity with a rule of its own has an <see cref="IRowRule{T}"/> in its feature folder
    /// (projects, catalog entries); every other entity follows what it declares of itself
    /// (<see cref="IPanelRecord"/>, <see cref="IDetailOfDataResource"/>, <see cref="IPartOfSystem"/>), so nothing here lists entities.</remarks>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> rows, Caller caller, InfoGovDbContext db) where T : class
    {
        if (RowRules<T>.Rule is { } rule) return rule.Visible(rows, caller, db);
        if (typeof(IPanelRecord).IsAssignableFrom(typeof(T))) return rows.Where(OfClosedOrOwnPanel(KeyOf<T>(nameof(IPanelRecord.PanelId)), caller, db));
        if (typeof(IDetailOfDataResource).IsAssignableFrom(typeof(T))) return rows.Where(OfVisibleResource(KeyOf<T>(nameof(IDetailOfDataResource.ResourceId)), caller, db));
        if (typeof(IPartOfSystem).IsAssignableFrom(typeof(T))) return rows.Where(OfVisibleSystem(KeyOf<T>(nameof(IPartOfSystem.SystemId)), caller, db));
        return rows;
    }

    /// <summary>Whether the caller holds a government role other than pool expert: such callers see internal data.</summary>
    public static bool SeesInternalData(Caller caller) =>
        caller.Roles.Any(role => Roles.Government.Contains(role) && role != Roles.Expert);

    // The rule of T, found once by type: the assembly's IRowRule<T> implementation, if any.
    private static class RowRules<T> where T : class
    {
        public static readonly IRowRule<T>? Rule = typeof(RowVisibility).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRowRule<T>).IsAssignableFrom(t))
            .Select(t => (IRowRule<T>)Activator.CreateInstance(t)!).SingleOrDefault();
    }

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
        return Compose(visible, resourceOf);
    }

    /// <summary>Rows about a system in operation (incidents, backups, maintenance) whose system the caller sees.</summary>
    private static Expression<Func<TRow, bool>> OfVisibleSystem<TRow>(Expression<Func<TRow, Guid>> systemOf, Caller caller, InfoGovDbContext db)
    {
        Expression<Func<Guid, bool>> visible = systemId => db.InformationSystems.VisibleTo(caller, db).Any(s => s.Id == systemId);
        return Compose(visible, systemOf);
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

    /// <summary>visible(keyOf(row)), composed as one expression tree so that EF translates it to SQL.</summary>
    internal static Expression<Func<TRow, bool>> Compose<TRow>(Expression<Func<Guid, bool>> visible, Expression<Func<TRow, Guid>> keyOf)
    {
        var body = new ParameterReplacer(visible.Parameters[0], keyOf.Body).Visit(visible.Body);
        return Expression.Lambda<Func<TRow, bool>>(body, keyOf.Parameters[0]);
    }
}
