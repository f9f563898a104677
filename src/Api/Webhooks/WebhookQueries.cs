using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common.Loading;
using InfoGov.Api.Paging;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Webhooks;

/// <summary>The root field of registered webhooks.</summary>
public static class WebhookQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, WebhookGraphType>("webhooks", "Registered webhooks the caller keeps (administrators: all; a data steward: its department's), latest first, removed ones included.")
            .ReadableBy(Readers.WebhookKeepers)
            .ResolveQuery(ctx => ctx.Loaders().Visible<Webhook>().OrderByDescending(w => w.RegisteredAt).ThenBy(w => w.Id));
}
