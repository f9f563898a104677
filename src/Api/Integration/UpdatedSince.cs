using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using InfoGov.Api.Common.Loading;
using InfoGov.Api.Relay;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Integration;

/// <summary>
/// The <c>updatedSince</c> argument of a root list: only the objects the change feed records as
/// created, changed or withdrawn at or after the instant. Lists keep their own order; systems that
/// also need deletions follow <c>changes(since:)</c>.
/// </summary>
public static class UpdatedSince
{
    public const string Argument = "updatedSince";

    public static FieldBuilder<TSource, object> WithUpdatedSince<TSource>(this FieldBuilder<TSource, object> field) =>
        field.Argument<DateTimeOffsetGraphType>(Argument,
            "Only objects created or changed through the API at or after this instant (the change feed's record of them); the data a database was set up with counts as never changed.");

    /// <summary><paramref name="rows"/> narrowed by the field's <c>updatedSince</c>, when the caller gave one.</summary>
    public static IQueryable<T> Apply<T>(IResolveFieldContext context, IQueryable<T> rows) where T : class
    {
        if (context.GetArgument<DateTimeOffset?>(Argument) is not { } since || !typeof(Entity).IsAssignableFrom(typeof(T))) return rows;
        var db = context.Loaders().Db;
        var type = NodeQueries.TypeNamesOf(context.Schema)[typeof(T)];
        var item = Expression.Parameter(typeof(T), "item");
        var id = Expression.Property(item, nameof(Entity.Id));
        // item => db.ChangeRecords.Any(c => c.EntityType == type && c.EntityId == item.Id && c.At >= since)
        var change = Expression.Parameter(typeof(Domain.Integration.ChangeRecord), "c");
        var matches = Expression.Lambda<Func<Domain.Integration.ChangeRecord, bool>>(
            Expression.AndAlso(Expression.AndAlso(
                Expression.Equal(Expression.Property(change, nameof(Domain.Integration.ChangeRecord.EntityType)), Common.QueryParameter.Of(type, typeof(string))),
                Expression.Equal(Expression.Property(change, nameof(Domain.Integration.ChangeRecord.EntityId)), id)),
                Expression.GreaterThanOrEqual(Expression.Property(change, nameof(Domain.Integration.ChangeRecord.At)), Common.QueryParameter.Of(since, typeof(DateTimeOffset)))),
            change);
        var any = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(Domain.Integration.ChangeRecord)],
            ((IQueryable<Domain.Integration.ChangeRecord>)db.ChangeRecords).Expression, Expression.Quote(matches));
        return rows.Where(Expression.Lambda<Func<T, bool>>(any, item));
    }
}
