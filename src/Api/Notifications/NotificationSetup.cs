using InfoGov.Api.Streaming;
using InfoGov.Api.Webhooks;
using InfoGov.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace InfoGov.Api.Notifications;

/// <summary>Registers the outbox dispatcher, the event bus, the subscription transports and webhooks.</summary>
public static class NotificationSetup
{
    public static IServiceCollection AddInfoGovNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new NotificationOptions());
        services.AddSingleton<IEventBus, InProcessEventBus>();
        services.AddSingleton<OutboxSignal>();
        services.AddHostedService<OutboxDispatcher>();

        services.AddSingleton(configuration.GetSection(StreamingOptions.Section).Get<StreamingOptions>() ?? new StreamingOptions());
        services.AddSingleton<SubscriptionCounter>();
        services.AddSingleton<StreamingExecutor>();
        services.AddSingleton<BearerTokens>();
        services.AddSingleton<GraphQLWebSockets>();
        services.AddSingleton<ServerSentEventsTransport>();

        // Webhook secrets are encrypted with keys kept in the database, readable by every instance.
        services.AddDataProtection().SetApplicationName("InfoGov").PersistKeysToDbContext<InfoGovDbContext>();
        services.AddSingleton(configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>() ?? new WebhookOptions());
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
