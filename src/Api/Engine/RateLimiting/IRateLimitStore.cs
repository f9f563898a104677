namespace InfoGov.Api.Engine.RateLimiting;

/// <summary>Where the budgets are kept: in this process (<see cref="InMemoryRateLimitStore"/>), or in the
/// deployment's Redis when several instances serve the API (<see cref="RedisRateLimitStore"/>).</summary>
public interface IRateLimitStore
{
    /// <summary>Takes <paramref name="permits"/> from the caller's budget, or none when it lacks them.</summary>
    ValueTask<RateLimitDecision> TryTakeAsync(CallerPartition caller, int permits, CancellationToken cancellationToken);
}
