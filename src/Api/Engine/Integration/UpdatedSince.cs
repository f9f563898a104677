using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Engine.Integration;

/// <summary>
/// The <c>updatedSince</c> argument of a root list: only the objects the change feed records as
/// created, changed or withdrawn at or after the instant, in the order of their latest change (the
/// feed's sequence, handed out in commit order), so a system pages through what changed and resumes
/// from its last cursor. Deletions are in <c>changes(since:)</c>.
/// </summary>
public static class UpdatedSince
{
    public const string Argument = "updatedSince";

    public static FieldBuilder<TSource, object> WithUpdatedSince<TSource>(this FieldBuilder<TSource, object> field) =>
        field.Argument<DateTimeOffsetGraphType>(Argument,
            "Only objects created or changed through the API at or after this instant (the change feed's record of them), in the order of their latest change instead of the list's own; the data a database was set up with counts as never changed.");

    /// <summary><paramref name="rows"/> narrowed by the field's <c>updatedSince</c> and ordered by each one's latest
    /// change, when the caller gave one; null otherwise.</summary>
    public static IQueryable<T>? InChangeOrder<T>(IResolveFieldContext context, IQueryable<T> rows) where T : class
    {
        if (context.GetArgument<DateTimeOffset?>(Argument) is not { } since || !typeof(Entity).IsAssignableFrom(typeof(T))) return null;
        var db = context.Loaders().Db;
        var type = Common.QueryParameter.Of(NodeQueries.TypeNamesOf(context.Schema)[typeof(T)], typeof(string));
        var item = Expression.Parameter(typeof(T), "item");
        var id = Expression.Property(item, nameof(Entity.Id));
        var changes = ((IQueryable<ChangeRecord>)db.ChangeRecords).Expression;
        // c => c.EntityType == type && c.EntityId == item.Id
        var change = Expression.Parameter(typeof(ChangeRecord), "c");
        Expression OfItem() => Expression.AndAlso(
            Expression.Equal(Expression.Property(change, nameof(ChangeRecord.EntityType)), type),
            Expression.Equal(Expression.Property(change, nameof(ChangeRecord.EntityId)), id));
        // item => db.ChangeRecords.Any(c => <of item> && c.At >= since)
        var recent = Expression.Lambda<Func<ChangeRecord, bool>>(
            Expression.AndAlso(OfItem(), Expression.GreaterThanOrEqual(Expression.Property(change, nameof(ChangeRecord.At)), Common.QueryParameter.Of(since, typeof(DateTimeOffset)))), change);
        var any = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(ChangeRecord)], changes, Expression.Quote(recent));
        // item => db.ChangeRecords.Where(c => <of item>).Max(c => c.Sequence): never empty for the rows the filter keeps.
        var ofItem = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(ChangeRecord)], changes, Expression.Quote(Expression.Lambda<Func<ChangeRecord, bool>>(OfItem(), change)));
        var latest = Expression.Call(typeof(Queryable), nameof(Queryable.Max), [typeof(ChangeRecord), typeof(long)], ofItem,
            Expression.Quote(Expression.Lambda<Func<ChangeRecord, long>>(Expression.Property(change, nameof(ChangeRecord.Sequence)), change)));
        return rows.Where(Expression.Lambda<Func<T, bool>>(any, item)).OrderBy(Expression.Lambda<Func<T, long>>(latest, item));
    }
}
