using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Integration;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Webhooks;

/// <summary>Administrators and data stewards register webhooks and remove them.</summary>
public static class WebhookMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RegisteredWebhookGraphType, RegisterWebhookInputGraphType, RegisterWebhookInput>("registerWebhook", WebhookReaders.WebhookKeepers,
            "Registers a webhook and returns its signing secret (shown only now). A data steward registers webhooks for its own department's events. Deliveries start with the next event.",
            "Where to deliver, which events, for whom.", RegisterAsync);
        mutation.Mutation<WebhookGraphType, RemoveWebhookInputGraphType, RemoveWebhookInput>("removeWebhook", WebhookReaders.WebhookKeepers,
            "Removes a webhook: no deliveries are made after this, pending ones are abandoned. Its delivery log stays readable.",
            "The webhook.", RemoveAsync);
    }

    private static Task<Payload> RegisterAsync(IResolveFieldContext ctx, RegisterWebhookInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Webhook), null, async (scope, ct) =>
        {
            var url = await ctx.RequestServices!.GetRequiredService<WebhookTargets>().CheckAsync(input.Url, ct);
            var department = input.DepartmentId is { } d ? (await scope.FindAsync<Department>(d, "departmentId", ct)).Id : (Guid?)null;
            var project = input.ProjectId is { } p ? (await scope.FindAsync<Project>(p, "projectId", ct)).Id : (Guid?)null;
            var resource = input.ResourceId is { } r ? (await scope.FindAsync<DataResource>(r, "resourceId", ct)).Id : (Guid?)null;
            // An administrator's webhook is the API's own; a steward's belongs to the steward's department.
            var ownerDepartment = scope.Caller.Roles.Contains(Roles.Admin) ? null : scope.CallerDepartmentId;
            var secret = Webhook.NewSecret();
            var webhook = Webhook.Register(url, input.Description, input.Events, department, project, resource, input.OwnerApp, ownerDepartment,
                ctx.RequestServices!.GetRequiredService<WebhookSecrets>().Protect(secret), scope.Now, scope.Actor);
            scope.Db.Webhooks.Add(webhook);
            return new MutationRunner.Change(new RegisteredWebhook(webhook, secret), webhook, $"Registered a webhook to {url.Host} for {string.Join(", ", webhook.Events)}.");
        });

    private static Task<Payload> RemoveAsync(IResolveFieldContext ctx, RemoveWebhookInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Webhook), MutationContextExtensions.TargetId(input.Id, nameof(Webhook)), async (scope, ct) =>
        {
            var webhook = await scope.FindAsync<Webhook>(input.Id, "id", ct);
            scope.RequireDepartment(webhook);
            webhook.Remove(scope.Now);
            return new MutationRunner.Change(webhook, webhook, $"Removed the webhook to {new Uri(webhook.Url).Host}.");
        });
}
