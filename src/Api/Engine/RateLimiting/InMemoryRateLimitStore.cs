using System.Threading.RateLimiting;

namespace InfoGov.Api.Engine.RateLimiting;

/// <summary>Budgets as token buckets of .NET's rate limiting library (System.Threading.RateLimiting,
/// on which ASP.NET Core's rate limiting middleware is built), one per caller, in this process.
/// Idle buckets are dropped by the partitioned limiter.</summary>
public sealed class InMemoryRateLimitStore(RateLimitOptions options) : IRateLimitStore, IDisposable
{
    private readonly PartitionedRateLimiter<CallerPartition> _limiter = PartitionedRateLimiter.Create<CallerPartition, string>(caller =>
        RateLimitPartition.GetTokenBucketLimiter(caller.Key, _ => BucketFor(options.BudgetOf(caller.Kind))));

    public ValueTask<RateLimitDecision> TryTakeAsync(CallerPartition caller, int permits, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryTake(caller, permits));

    public RateLimitDecision TryTake(CallerPartition caller, int permits)
    {
        var budget = options.BudgetOf(caller.Kind);
        // A bucket never holds more than its limit: a request dearer than that takes the whole bucket.
        using var lease = _limiter.AttemptAcquire(caller, Math.Clamp(permits, 0, budget.PermitLimit));
        var remaining = (int)(_limiter.GetStatistics(caller)?.CurrentAvailablePermits ?? 0);
        var perSecond = Math.Max(budget.PermitsPerMinute, 1) / 60.0;
        var reset = TimeSpan.FromSeconds(Math.Ceiling((budget.PermitLimit - remaining) / perSecond));
        TimeSpan? retryAfter = lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(Math.Ceiling(1 / perSecond));
        return new RateLimitDecision(lease.IsAcquired, budget.PermitLimit, remaining, reset, retryAfter);
    }

    // Refilled every second (or every minute's fraction for budgets under 60 a minute), so a caller
    // over its budget waits seconds, not a whole window.
    private static TokenBucketRateLimiterOptions BucketFor(RateLimitBudget budget)
    {
        var perMinute = Math.Max(budget.PermitsPerMinute, 1);
        var period = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(60.0 / perMinute);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(budget.PermitLimit, 1),
            TokensPerPeriod = perMinute >= 60 ? perMinute / 60 : 1,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    public void Dispose() => _limiter.Dispose();
}
