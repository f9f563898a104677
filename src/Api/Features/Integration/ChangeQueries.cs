using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Integration;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Integration;

/// <summary>The change feed: what changed since a system last synced, tombstones included, as far as
/// the caller may know of it (<see cref="FeedVisibility"/>).</summary>
public static class ChangeQueries
{
    // Entries are read from the database in batches and kept when the caller may see them, until the page is full.
    private const int Batch = 200;

    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, ChangeGraphType>("changes",
                "Changes made through the API after sequence 'since', oldest first: page through them, keep the last sequence, and ask again from there. Lists only objects the caller may read now, and tombstones of objects the caller could read before they were removed or hidden. Demo data loaded at set-up is not in the feed: read the lists once, then follow the feed.")
            .ReadableBy(Readers.Syncing)
            .Argument<NonNullGraphType<IntGraphType>>("since", "The last sequence number already read; 0 for the whole feed.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types", "Only changes of these types, e.g. [\"Project\", \"SharingGrant\"].")
            .ResolveAsync(async ctx =>
            {
                var page = PageRequest.From(ctx);
                var loaders = ctx.Loaders();
                var ct = ctx.CancellationToken;
                long since = ctx.GetArgument<int>("since");
                var readable = FeedVisibility.ReadableTypes(ctx.Schema, loaders.Caller).ToList();
                if (ctx.GetArgument<List<string>?>("types") is { Count: > 0 } types) readable = readable.Intersect(types, StringComparer.Ordinal).ToList();
                var order = KeysetOrder<ChangeRecord>.Of(loaders.Db.ChangeRecords.AsNoTracking()
                    .Where(c => c.Sequence > since && readable.Contains(c.EntityType)).OrderBy(c => c.Sequence));

                var window = order.Unordered;
                if (page.After is { } after) window = order.Beyond(window, after, after: true, "after");
                if (page.Before is { } before) window = order.Beyond(window, before, after: false, "before");
                var reverse = page.First is null;
                var wanted = (page.First ?? page.Last!.Value) + 1;
                var rows = await CollectAsync(loaders, ctx.Schema, order, window, reverse, wanted, ct);
                bool hasNext, hasPrevious;
                if (!reverse)
                {
                    (hasNext, hasPrevious) = (rows.Count > page.First, page.After is not null);
                    rows = rows.Take(page.First!.Value).ToList();
                    if (page.Last is { } last && rows.Count > last) (rows, hasPrevious) = (rows.Skip(rows.Count - last).ToList(), true);
                }
                else
                {
                    (hasNext, hasPrevious) = (page.Before is not null, rows.Count > page.Last);
                    rows = rows.Take(page.Last!.Value).Reverse().ToList();
                }
                int? total = ctx.SubFields?.Values.Any(f => f.Field.Name.Value == "totalCount") != false
                    ? (await CollectAsync(loaders, ctx.Schema, order, order.Unordered, false, int.MaxValue, ct)).Count
                    : null;
                Func<object, int, string> encode = (row, _) => order.CursorOf((ChangeRecord)row);
                var edges = rows.Select((r, i) => new PageEdge(r, i, encode)).ToList();
                return (object)new Page(edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault(), edges.LastOrDefault()), total);
            });

    /// <summary>Up to <paramref name="wanted"/> entries of <paramref name="window"/> the caller sees, in the order asked.</summary>
    private static async Task<List<ChangeRecord>> CollectAsync(Loaders loaders, ISchema schema, KeysetOrder<ChangeRecord> order,
        IQueryable<ChangeRecord> window, bool reverse, int wanted, CancellationToken ct)
    {
        var kept = new List<ChangeRecord>();
        var rest = window;
        while (kept.Count < wanted)
        {
            var batch = await order.Ordered(rest, reverse).Take(Batch).ToListAsync(ct);
            kept.AddRange(await FeedVisibility.VisibleAsync(loaders, schema, batch, ct));
            if (batch.Count < Batch) break;
            rest = order.Beyond(window, Cursor.Decode("after", order.CursorOf(batch[^1]))!, after: !reverse, "after");
        }
        return kept.Count > wanted ? kept.Take(wanted).ToList() : kept;
    }
}
