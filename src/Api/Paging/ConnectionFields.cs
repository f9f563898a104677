using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using InfoGov.Api.Common.Loading;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Paging;

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

    /// <summary>Pages a query in the database: one SELECT of the page, and a COUNT only when the
    /// selection asks for <c>totalCount</c> or pages from the end (<c>last</c>, <c>before</c>).</summary>
    public static FieldBuilder<TSource, object> ResolveQuery<TSource, T>(
        this FieldBuilder<TSource, object> field, Func<IResolveFieldContext<TSource>, IQueryable<T>> query) where T : class =>
        field.ResolveAsync(async ctx =>
        {
            var page = PageRequest.From(ctx);
            var source = query(ctx);
            if (!SelectsTotalCount(ctx) && page is { Last: null, Before: null, First: { } first })
            {
                // One row more than the page says whether there is a next page, without counting.
                var start = page.After is { } after ? after + 1 : 0;
                var rows = first == 0 ? [] : await source.Skip(start).Take(first + 1).ToListAsync(ctx.CancellationToken);
                return page.ToPage(rows.Take(first).Cast<object>().ToList(), start, hasNextPage: rows.Count > first);
            }
            var total = await source.CountAsync(ctx.CancellationToken);
            var (from, to) = page.Window(total);
            var items = to > from
                ? await source.Skip(from).Take(to - from).ToListAsync(ctx.CancellationToken)
                : [];
            return page.ToPage(items, from, total);
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
