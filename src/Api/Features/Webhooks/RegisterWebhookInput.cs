using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Notifications;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Features.Webhooks;

/// <summary>Input of <c>registerWebhook</c>.</summary>
public sealed record RegisterWebhookInput(string Url, List<EventKind> Events, string OwnerApp, string? Description, string? DepartmentId, string? ProjectId, string? ResourceId);

public sealed class RegisterWebhookInputGraphType : InputObjectGraphType<RegisterWebhookInput>
{
    public RegisterWebhookInputGraphType()
    {
        Name = "RegisterWebhookInput";
        Description = "A webhook to register.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("Where to POST deliveries: https in Production; public addresses only unless Webhooks:AllowPrivateTargets is on.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventKindGraphType>>>>("events").Description("The kinds of event to receive; at least one.");
        Field<NonNullGraphType<StringGraphType>>("ownerApp").Description("The application that receives it (its client id).");
        Field<StringGraphType>("description").Description("What it is for.");
        Field<IdGraphType>("departmentId").Description("Only events concerning this department. A data steward must give its own department.");
        Field<IdGraphType>("projectId").Description("Only events about this project.");
        Field<IdGraphType>("resourceId").Description("Only events about this catalog entry.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>removeWebhook</c>.</summary>
public sealed record RemoveWebhookInput(string Id);

public sealed class RemoveWebhookInputGraphType : InputObjectGraphType<RemoveWebhookInput>
{
    public RemoveWebhookInputGraphType()
    {
        Name = "RemoveWebhookInput";
        Description = "A webhook to remove.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The webhook's id.");
        this.ReadableBy(Access.Inherited);
    }
}
