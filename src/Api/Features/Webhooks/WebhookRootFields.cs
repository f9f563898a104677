using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.Webhooks;

/// <summary>Root fields of this feature: webhooks and their deliveries.</summary>
public sealed class WebhookRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        WebhookQueries.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        WebhookMutations.AddTo(mutation);
    }
}
