using GraphQL.DataLoader;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Features.Integration;

public sealed class FeedEntryKindGraphType() : DescribedEnumGraphType<FeedEntryKind>(
    "What happened to an object, as the caller sees it.",
    new Dictionary<FeedEntryKind, string>
    {
        [FeedEntryKind.Changed] = "Created or changed, and visible to the caller: read the node.",
        [FeedEntryKind.Removed] = "Deleted, withdrawn (a grant revoked, an entry retired) or no longer visible to the caller (a project unpublished, for the public): drop it. A tombstone.",
    });

public sealed class ChangeGraphType : ObjectGraphType<ChangeRecord>
{
    public ChangeGraphType()
    {
        Name = "Change";
        Description = "An entry of the change feed: an object changed or was removed, at a sequence number.";
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("Position in the feed; pass the last one read as 'since' to read on from there.")
            .Resolve(ctx => checked((int)ctx.Source.Sequence));
        Field<NonNullGraphType<StringGraphType>>("type").Description("The object's type, e.g. Project.").Resolve(ctx => ctx.Source.EntityType);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's global id (a removed one's too).")
            .Resolve(ctx => GlobalId.Encode(ctx.Source.EntityType, ctx.Source.EntityId));
        Field<NonNullGraphType<FeedEntryKindGraphType>>("kind").Description("Changed, or removed for the caller.")
            .Resolve(ctx => Current(ctx).Then(node => node is null ? FeedEntryKind.Removed : FeedEntryKind.Changed));
        Field(c => c.At).Description("When the change was committed.");
        Field<NodeInterface>("node").Description("The object as it is now, read with the caller's own access; null when removed for the caller.")
            .Resolve(ctx => Current(ctx));
        this.ReadableBy(Readers.Syncing);
    }

    // The object now, unless the change removed it; the loader batches every change of a page.
    private static IDataLoaderResult<object?> Current(GraphQL.IResolveFieldContext<ChangeRecord> ctx) =>
        ctx.Source.Kind == FeedEntryKind.Removed
            ? LoaderResults.Known<object?>(null)
            : NodeQueries.Load(ctx.Loaders(), ctx.Schema, ctx.Source.EntityType, ctx.Source.EntityId);
}
