using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Notifications;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Features.Webhooks;

public sealed class WebhookGraphType : ObjectGraphType<Webhook>
{
    public WebhookGraphType()
    {
        Name = "Webhook";
        Description = "A system's standing request to be told of events by a signed HTTPS POST. See the README's 'Webhooks' section for the body and how to verify the signature.";
        this.IsNode();
        Field(w => w.Url).Description("Where deliveries are POSTed.");
        Field(w => w.Description).Description("What the registrant wrote it is for.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventKindGraphType>>>>("events").Description("The kinds of event it receives.")
            .Resolve(ctx => ctx.Source.Events);
        Field<DepartmentGraphType>("department").Description("Only events concerning this department, if set.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.DepartmentId));
        Field<IdGraphType>("projectId").Description("Only events about this project (global id), if set.")
            .Resolve(ctx => ctx.Source.ProjectId is { } id ? GlobalId.Encode("Project", id) : null);
        Field<IdGraphType>("resourceId").Description("Only events about this catalog entry (global id), if set.")
            .Resolve(ctx => ctx.Source.ResourceId is { } id ? GlobalId.Encode("DataResource", id) : null);
        Field(w => w.OwnerApp).Description("The application that receives it (its client id).");
        Field(w => w.RegisteredAt).Description("When it was registered.");
        Field(w => w.RegisteredBy).Description("Who registered it.");
        Field(w => w.RemovedAt, nullable: true).Description("When it was removed; no deliveries are made after that.");
        this.Connection<Webhook, WebhookDeliveryGraphType>("deliveries", "The delivery log, latest first: each event sent or to be sent, with its attempts.")
            .ResolveQuery(ctx => ctx.Loaders().Visible<WebhookDelivery>().Where(d => d.WebhookId == ctx.Source.Id)
                .OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id));
        this.ReadableBy(WebhookReaders.WebhookKeepers);
    }
}

public sealed class WebhookDeliveryStatusGraphType() : Engine.Common.DescribedEnumGraphType<WebhookDeliveryStatus>(
    "Where a webhook delivery stands.",
    new Dictionary<WebhookDeliveryStatus, string>
    {
        [WebhookDeliveryStatus.Pending] = "Not yet accepted; the next attempt is at nextAttemptAt.",
        [WebhookDeliveryStatus.Delivered] = "The receiver answered 2xx. It is not sent again.",
        [WebhookDeliveryStatus.Failed] = "Every attempt failed; no more are made.",
    });

public sealed class WebhookDeliveryGraphType : ObjectGraphType<WebhookDelivery>
{
    public WebhookDeliveryGraphType()
    {
        Name = "WebhookDelivery";
        Description = "One event for one webhook, and how its attempts went.";
        this.IsNode();
        Field<NonNullGraphType<IdGraphType>>("eventId").Description("The event's id, sent as InfoGov-Event-Id: receivers de-duplicate on it.")
            .Resolve(ctx => ctx.Source.EventId.ToString());
        Field<NonNullGraphType<EventKindGraphType>>("kind").Description("The event's kind.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<WebhookDeliveryStatusGraphType>>("status").Description("Where the delivery stands.").Resolve(ctx => ctx.Source.Status);
        Field(d => d.Attempts).Description("Attempts made so far.");
        Field(d => d.CreatedAt).Description("When the event was queued for this webhook.");
        Field(d => d.NextAttemptAt).Description("When the next attempt is due (while pending).");
        Field(d => d.LastAttemptAt, nullable: true).Description("When the last attempt was made.");
        Field(d => d.LastResponseStatus, nullable: true).Description("The receiver's HTTP status on the last attempt; null when it could not be reached.");
        Field(d => d.LastError, nullable: true).Description("Why the last attempt failed.");
        Field(d => d.DeliveredAt, nullable: true).Description("When the receiver accepted it.");
        // A steward reaches only the deliveries of its own department's webhooks: WebhookDeliveryRows confines the rows.
        this.ReadableBy(WebhookReaders.WebhookLogReaders);
    }
}

/// <summary>A webhook just registered, with its signing secret: shown this once.</summary>
public sealed record RegisteredWebhook(Webhook Webhook, string Secret);

public sealed class RegisteredWebhookGraphType : ObjectGraphType<RegisteredWebhook>
{
    public RegisteredWebhookGraphType()
    {
        Name = "RegisteredWebhook";
        Description = "A webhook just registered, and its signing secret.";
        Field<NonNullGraphType<WebhookGraphType>>("webhook").Description("The webhook.").Resolve(ctx => ctx.Source.Webhook);
        Field(r => r.Secret).Description("The HMAC-SHA256 signing secret. Shown only now: store it with the receiver; it cannot be read again.");
        this.ReadableBy(WebhookReaders.WebhookKeepers);
    }
}
