using System.Threading.RateLimiting;
using InfoGov.Api.Engine.SharedState;
using RedisRateLimiting;
using StackExchange.Redis;

namespace InfoGov.Api.Engine.RateLimiting;

/// <summary>
/// Budgets as token buckets kept in the deployment's Redis (RedisRateLimiting's token bucket, one
/// script run per take), so that a caller has one budget whichever instance answers it. While Redis
/// is away each instance grants from its own buckets (<see cref="InMemoryRateLimitStore"/>) rather
/// than failing requests: a caller may then get up to one budget per instance.
/// </summary>
public sealed class RedisRateLimitStore : IRateLimitStore, IDisposable
{
    private readonly SharedRedis _redis;
    private readonly RateLimitOptions _options;
    private readonly InMemoryRateLimitStore _fallback;
    private readonly ILogger<RedisRateLimitStore> _logger;
    private readonly PartitionedRateLimiter<CallerPartition> _limiter;

    public RedisRateLimitStore(SharedRedis redis, RateLimitOptions options, ILogger<RedisRateLimitStore> logger)
    {
        _redis = redis;
        _options = options;
        _logger = logger;
        _fallback = new InMemoryRateLimitStore(options);
        _limiter = PartitionedRateLimiter.Create<CallerPartition, string>(caller =>
            RedisRateLimitPartition.GetTokenBucketRateLimiter(redis.Prefix + "budget:" + caller.Key, _ => BucketFor(options.BudgetOf(caller.Kind))));
    }

    public async ValueTask<RateLimitDecision> TryTakeAsync(CallerPartition caller, int permits, CancellationToken cancellationToken)
    {
        if (!_redis.IsAvailable) return _fallback.TryTake(caller, permits);
        var budget = _options.BudgetOf(caller.Kind);
        var wanted = Math.Clamp(permits, 0, budget.PermitLimit);
        try
        {
            using var lease = await _limiter.AcquireAsync(caller, wanted, cancellationToken);
            var remaining = lease.TryGetMetadata(RateLimitMetadataName.Remaining.Name, out var left) ? Convert.ToInt32(left, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var perSecond = Math.Max(budget.PermitsPerMinute, 1) / 60.0;
            var reset = TimeSpan.FromSeconds(Math.Ceiling((budget.PermitLimit - remaining) / perSecond));
            TimeSpan? retryAfter = lease.IsAcquired ? null : TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((wanted - remaining) / perSecond)));
            return new RateLimitDecision(lease.IsAcquired, budget.PermitLimit, remaining, reset, retryAfter);
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            // Redis went away between the check and the call: this request is judged by this instance alone.
            _logger.LogDebug(e, "Redis did not answer a budget take; using this instance's budget");
            return _fallback.TryTake(caller, permits);
        }
    }

    // The same bucket as in memory: refilled every second (or every minute's fraction for budgets under 60 a minute).
    private RedisTokenBucketRateLimiterOptions BucketFor(RateLimitBudget budget)
    {
        var perMinute = Math.Max(budget.PermitsPerMinute, 1);
        return new RedisTokenBucketRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => _redis.Connection,
            TokenLimit = Math.Max(budget.PermitLimit, 1),
            TokensPerPeriod = perMinute >= 60 ? perMinute / 60 : 1,
            ReplenishmentPeriod = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(Math.Ceiling(60.0 / perMinute)),
        };
    }

    public void Dispose()
    {
        _limiter.Dispose();
        _fallback.Dispose();
    }
}
