using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using InfoGov.Api.Engine.Integration;
using InfoGov.Api.Engine.Loading;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Engine.Paging;

/// <summary>Declares connection fields: the four paging arguments with their documentation, and
/// resolvers for a database query (root lists) or a batch-loaded list (nested lists).</summary>
public static class ConnectionFields
{
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeGraphType>(
        this ObjectGraphType<TSource> type, string name, string description) where TNodeGraphType : IGraphType =>
        type.Field<NonNullGraphType<ConnectionGraphType<TNodeGraphType>>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", $"Return at most this many items from the start (after 'after'). Default {PageRequest.DefaultPageSize}, maximum {PageRequest.MaxPageSize}.")
            .Argument<StringGraphType>("after", "Return items after the item with this cursor.")
            .Argument<IntGraphType>("last", $"Return at most this many items from the end (before 'before'). Maximum {PageRequest.MaxPageSize}.")
            .Argument<StringGraphType>("before", "Return items before the item with this cursor.");

    /// <summary>Pages a query in the database with keyset cursors over the order the query ends with
    /// (<see cref="KeysetOrder{T}"/>): one SELECT of the page (one row more says whether another
    /// page follows), and a COUNT only when the selection asks for <c>totalCount</c>.</summary>
    public static FieldBuilder<TSource, object> ResolveQuery<TSource, T>(
        this FieldBuilder<TSource, object> field, Func<IResolveFieldContext<TSource>, IQueryable<T>> query) where T : class =>
        field.ResolveQueryAsync(ctx => Task.FromResult(query(ctx)));

    /// <summary><see cref="ResolveQuery{TSource, T}"/> for a query that needs data to build (an order or
    /// filter computed in memory).</summary>
    public static FieldBuilder<TSource, object> ResolveQueryAsync<TSource, T>(
        this FieldBuilder<TSource, object> field, Func<IResolveFieldContext<TSource>, Task<IQueryable<T>>> query) where T : class =>
        field.ResolveAsync(async ctx =>
        {
            var page = PageRequest.From(ctx);
            var ct = ctx.CancellationToken;
            var source = await query(ctx);
            var order = KeysetOrder<T>.Of(source);
            // With updatedSince, the order is the change feed's: the list's own order is set aside.
            if (UpdatedSince.InChangeOrder(ctx, order.Unordered) is { } changed) order = KeysetOrder<T>.Of(changed);
            var all = order.Unordered;
            int? total = SelectsTotalCount(ctx) ? await all.CountAsync(ct) : null;

            var window = all;
            if (page.After is { } after) window = order.Beyond(window, after, after: true, "after");
            if (page.Before is { } before) window = order.Beyond(window, before, after: false, "before");
            List<T> rows;
            bool hasNext, hasPrevious;
            if (page.First is { } first)
            {
                var fetched = await order.Ordered(window, reverse: false).Take(first + 1).ToListAsync(ct);
                rows = fetched.Take(first).ToList();
                (hasNext, hasPrevious) = (fetched.Count > first, page.After is not null);
                if (page.Last is { } last && rows.Count > last) (rows, hasPrevious) = (rows.Skip(rows.Count - last).ToList(), true);
            }
            else
            {
                // From the end: the reverse order, turned round in memory.
                var last = page.Last!.Value;
                var fetched = await order.Ordered(window, reverse: true).Take(last + 1).ToListAsync(ct);
                rows = fetched.Take(last).Reverse().ToList();
                (hasNext, hasPrevious) = (page.Before is not null, fetched.Count > last);
            }
            await order.LoadQueriedKeysAsync(all, rows, ct);
            Func<object, int, string> encode = (row, _) => order.CursorOf((T)row);
            var edges = rows.Select((r, i) => new PageEdge(r, i, encode)).ToList();
            return new Page(edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault(), edges.LastOrDefault()), total);
        });

    private static bool SelectsTotalCount(IResolveFieldContext context) =>
        context.SubFields?.Values.Any(f => f.Field.Name.Value == "totalCount") ?? true;

    /// <summary>Pages a list that a batch loader fetches for many parents at once.</summary>
    public static FieldBuilder<TSource, object> ResolveBatched<TSource, T>(
        this FieldBuilder<TSource, object> field, Func<IResolveFieldContext<TSource>, IDataLoaderResult<IReadOnlyList<T>>> load) where T : notnull =>
        field.Resolve(ctx =>
        {
            var page = PageRequest.From(ctx); // read arguments now: the context is reused after the resolver returns
            return load(ctx).Then(list => page.Apply(list));
        });
}
