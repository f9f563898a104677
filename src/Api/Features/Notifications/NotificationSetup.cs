using InfoGov.Api.Engine.Events;
using InfoGov.Api.Engine.Streaming;
using InfoGov.Api.Features.Webhooks;
using InfoGov.Infrastructure.Configuration;
using InfoGov.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace InfoGov.Api.Features.Notifications;

/// <summary>Registers the outbox dispatcher, the event bus, the subscription transports and webhooks.</summary>
public static class NotificationSetup
{
    public static IServiceCollection AddInfoGovNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<NotificationOptions>(configuration, NotificationOptions.Section);
        services.AddSingleton<OutboxSignal>();
        services.AddHostedService<OutboxDispatcher>();

        services.AddSettings<StreamingOptions>(configuration, StreamingOptions.Section);
        services.AddSingleton<SubscriptionCounter>();
        services.AddSingleton<StreamingExecutor>();
        services.AddSingleton<BearerTokens>();
        services.AddSingleton<GraphQLWebSockets>();
        services.AddSingleton<ServerSentEventsTransport>();

        // Webhook secrets are encrypted with keys kept in the database, readable by every instance.
        services.AddDataProtection().SetApplicationName("InfoGov").PersistKeysToDbContext<InfoGovDbContext>();
        services.AddSettings<WebhookOptions>(configuration, WebhookOptions.Section);
        services.AddSingleton<WebhookTargets>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<WebhookSignal>();
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = sp.GetRequiredService<WebhookTargets>().ConnectAsync,
                AllowAutoRedirect = false, // a redirect could lead inside the network
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.AddHostedService<WebhookSender>();
        return services;
    }
}
