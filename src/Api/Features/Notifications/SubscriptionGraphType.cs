using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Events;
using InfoGov.Api.Features.Policy;

namespace InfoGov.Api.Features.Notifications;

/// <summary>The root subscription: events of committed changes, over WebSocket (graphql-transport-ws) or Server-Sent Events.</summary>
public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType()
    {
        Name = "Subscription";
        Description = "Events as they are committed, over WebSocket (graphql-transport-ws) or Server-Sent Events (graphql-sse, distinct connections). A change that is rolled back is never announced.";
        Field<NonNullGraphType<EventGraphType>>("events")
            .ReadableBy(Readers.Syncing)
            .Description("Events from now on that match the filters and whose subject the caller may see. Filters combine with AND; none means every event.")
            .Argument<ListGraphType<NonNullGraphType<EventKindGraphType>>>("kinds", "Only these kinds.")
            .Argument<IdGraphType>("departmentId", "Only events concerning this department: a project's owner, either side of a sharing request, grant or dispute.")
            .Argument<IdGraphType>("projectId", "Only events about this project.")
            .Argument<IdGraphType>("resourceId", "Only events about this catalog entry.")
            .ResolveStream(ctx => new EventStream(
                ctx.RequestServices!.GetRequiredService<IEventBus>(),
                ctx.RequestServices!.GetRequiredService<IServiceScopeFactory>(),
                ctx.Schema,
                EventFilter.From(ctx)));
        AccessMetadata.DescribeDeclaredFields(this);
    }
}
