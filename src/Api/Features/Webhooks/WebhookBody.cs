using System.Text.Json.Serialization;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Notifications;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Features.Webhooks;

/// <summary>The JSON a webhook receives. Ids are the API's global ids, ready for <c>node(id:)</c>.</summary>
public sealed record WebhookBody(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("occurredAt")] DateTimeOffset OccurredAt,
    [property: JsonPropertyName("subject")] WebhookSubject Subject,
    [property: JsonPropertyName("projectId")] string? ProjectId,
    [property: JsonPropertyName("resourceId")] string? ResourceId)
{
    public static WebhookBody Of(OutboxMessage message) => new(
        message.Id.ToString(),
        EventKinds.Name(message.Kind),
        message.OccurredAt,
        new WebhookSubject(message.SubjectType, GlobalId.Encode(message.SubjectType, message.SubjectId)),
        message.ProjectId is { } project ? GlobalId.Encode("Project", project) : null,
        message.ResourceId is { } resource ? GlobalId.Encode("DataResource", resource) : null);
}

/// <summary>The object an event is about.</summary>
public sealed record WebhookSubject([property: JsonPropertyName("type")] string Type, [property: JsonPropertyName("id")] string Id);
