using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common.Loading;
using InfoGov.Api.Paging;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Integration;

/// <summary>The change feed: what changed since a system last synced, tombstones included.</summary>
public static class ChangeQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, ChangeGraphType>("changes",
                "Changes made through the API after sequence 'since', oldest first: page through them, keep the last sequence, and ask again from there. Demo data loaded at set-up is not in the feed: read the lists once, then follow the feed.")
            .ReadableBy(Readers.Syncing)
            .Argument<NonNullGraphType<IntGraphType>>("since", "The last sequence number already read; 0 for the whole feed.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types", "Only changes of these types, e.g. [\"Project\", \"SharingGrant\"].")
            .ResolveQuery(ctx =>
            {
                long since = ctx.GetArgument<int>("since");
                var changes = ctx.Loaders().Db.ChangeRecords.AsNoTracking().Where(c => c.Sequence > since);
                if (ctx.GetArgument<List<string>?>("types") is { Count: > 0 } types) changes = changes.Where(c => types.Contains(c.EntityType));
                return changes.OrderBy(c => c.Sequence);
            });
}
