using System.ComponentModel.DataAnnotations;

namespace InfoGov.Api.Engine.SharedState;

/// <summary>
/// Configuration section <c>Redis</c>: where instances of one deployment share rate budgets, learnt
/// persisted queries, events and cache invalidations. Without it, one instance keeps all of that in its
/// own memory, as the embedded default does.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis.internal:6379,password=…,ssl=true</c>;
    /// empty for none.</summary>
    public string? Configuration { get; set; }

    /// <summary>Put before every key and channel, so that several deployments (or a test's runs) can share one Redis.</summary>
    [RegularExpression(@"^[A-Za-z0-9:_\-.]{1,64}$")]
    public string KeyPrefix { get; set; } = "infogov:";

    /// <summary>How long a command may wait for Redis before the instance carries on without it.</summary>
    [Range(50, 30_000)]
    public int TimeoutMilliseconds { get; set; } = 1_000;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
