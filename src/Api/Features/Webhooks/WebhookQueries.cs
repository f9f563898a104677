using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Features.Webhooks;

/// <summary>The root field of registered webhooks.</summary>
public static class WebhookQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, WebhookGraphType>("webhooks", "Registered webhooks the caller keeps (administrators: all; a data steward: its department's), latest first, removed ones included.")
            .ReadableBy(WebhookReaders.WebhookKeepers)
            .ResolveQuery(ctx => ctx.Loaders().Visible<Webhook>().OrderByDescending(w => w.RegisteredAt).ThenBy(w => w.Id));
}
