using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.Webhooks;

/// <summary>Who may read and change what in this feature: DOMAIN.md section 7 written out for the tests (see
/// <see cref="AccessPolicy"/>, which gathers every feature's rules for the access matrix).</summary>
public static class WebhookAccessPolicy
{
    public static readonly FeatureAccess Rules = new()
    {
        NodeTypes = new()
        {
            ["Webhook"] = new(WebhookKeepers, WebhookKeepers),
            // Reached only by those who see the webhook: the steward of another department finds none.
            ["WebhookDelivery"] = new(WebhookKeepers, WebhookKeepers),
        },
        Query = new()
        {
            ["webhooks"] = WebhookLogReaders,
        },
        Mutation = new()
        {
            ["registerWebhook"] = new(WebhookKeepers, "{ url: \"not a url\", events: [PROJECT_STATUS_CHANGED], ownerApp: \"x\" }"),
            ["removeWebhook"] = new(WebhookKeepers, "{ id: \"V2ViaG9vazow\" }"),
        },
        RowConfined =
        [
            "Webhook",
            "WebhookDelivery",
        ],
    };
}
