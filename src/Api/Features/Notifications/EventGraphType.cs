using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.DataSharing;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Projects;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Integration;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Notifications;

/// <summary>One event as a subscriber receives it: what happened, and the objects read with the subscriber's own access.</summary>
public sealed class EventGraphType : ObjectGraphType<OutboxMessage>
{
    public EventGraphType()
    {
        Name = "Event";
        Description = "Something that happened in a committed change. Its objects are read when it is delivered, with the subscriber's own access: a field the subscriber could not query is refused here too.";
        Field<NonNullGraphType<IdGraphType>>("eventId").Description("The event's id: the same in the webhook delivery of the same event (InfoGov-Event-Id), for de-duplication.")
            .Resolve(ctx => ctx.Source.Id.ToString());
        Field<NonNullGraphType<EventKindGraphType>>("kind").Description("What happened.").Resolve(ctx => ctx.Source.Kind);
        Field(m => m.OccurredAt).Description("When the change was committed (for swept events: when the sweep found them).");
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The global id of the object the event is about.")
            .Resolve(ctx => GlobalId.Encode(ctx.Source.SubjectType, ctx.Source.SubjectId));
        Field<NodeInterface>("subject").Description("The object the event is about, as it is now.")
            .Resolve(ctx => NodeQueries.Load(ctx.Loaders(), ctx.Schema, ctx.Source.SubjectType, ctx.Source.SubjectId));
        Field<ProjectGraphType>("project").Description("The project the event concerns, if any.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        Field<DataResourceGraphType>("resource").Description("The catalog entry the event concerns, if any.")
            .Resolve(ctx => ctx.Loaders().ById<DataResource>(ctx.Source.ResourceId));
        this.ReadableBy(Readers.Syncing);
    }
}
