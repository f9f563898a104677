using InfoGov.Api.Engine.Events;
using InfoGov.Api.Engine.RateLimiting;
using InfoGov.Infrastructure.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InfoGov.Api.Engine.SharedState;

/// <summary>
/// Where the state instances must agree on lives: rate budgets, events for subscribers, learnt persisted
/// queries and cache invalidations. With <c>Redis:Configuration</c> set, in the deployment's Redis (and
/// <c>/health/ready</c> reports Redis as degraded while it is unreachable, the instance serving on its own
/// state meanwhile); without it, in this process, as one instance needs.
/// </summary>
public static class SharedStateSetup
{
    public static IServiceCollection AddInfoGovSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = services.AddSettings<RedisOptions>(configuration, RedisOptions.Section);
        if (!redis.IsConfigured)
        {
            services.AddSingleton<IRateLimitStore, InMemoryRateLimitStore>();
            services.AddSingleton<IEventBus, InProcessEventBus>();
            services.AddSingleton<ICacheInvalidation, LocalCacheInvalidation>();
            return services;
        }
        services.AddSingleton<SharedRedis>();
        services.AddSingleton<IRateLimitStore, RedisRateLimitStore>();
        services.AddSingleton<IEventBus, RedisEventBus>();
        services.AddSingleton<ICacheInvalidation, RedisCacheInvalidation>();
        // Degraded, not unhealthy: the instance still serves (a balancer keeps sending it requests), on its own state.
        services.AddHealthChecks().AddRedis(sp => sp.GetRequiredService<SharedRedis>().Connection, "redis",
            HealthStatus.Degraded, tags: ["ready"], timeout: TimeSpan.FromMilliseconds(redis.TimeoutMilliseconds));
        return services;
    }
}
