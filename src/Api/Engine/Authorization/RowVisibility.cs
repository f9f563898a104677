using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Engine.Authorization;

/// <summary>
/// Which rows a caller sees at all, applied in SQL wherever they are loaded (root lists, nested
/// lists, references, node and nodes), so every path gives the same answer. An entity with a rule of
/// its own has an <see cref="IRowRule{T}"/> in its feature folder; every other entity follows the
/// one <see cref="IDeclaredRowRule"/> the features give, which reads what the entity declares of
/// itself. Nothing here lists entities or knows a feature.
/// </summary>
public static class RowVisibility
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> rows, Caller caller, InfoGovDbContext db) where T : class =>
        RowRules<T>.Rule is { } rule ? rule.Visible(rows, caller, db)
        : Declared is { } declared ? declared.Visible(rows, caller, db)
        : rows;

    private static readonly IDeclaredRowRule? Declared = Single<IDeclaredRowRule>();

    // The rule of T, found once by type: the assembly's IRowRule<T> implementation, if any.
    private static class RowRules<T> where T : class
    {
        public static readonly IRowRule<T>? Rule = Single<IRowRule<T>>();
    }

    private static TRule? Single<TRule>() where TRule : class => typeof(RowVisibility).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(TRule).IsAssignableFrom(t))
        .Select(t => (TRule)Activator.CreateInstance(t)!).SingleOrDefault();
}
