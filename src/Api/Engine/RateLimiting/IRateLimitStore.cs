namespace InfoGov.Api.Engine.RateLimiting;

/// <summary>Where the budgets are kept: in this process today (<see cref="InMemoryRateLimitStore"/>);
/// a shared store such as Redis when several instances serve the API.</summary>
public interface IRateLimitStore
{
    /// <summary>Takes <paramref name="permits"/> from the caller's budget, or none when it lacks them.</summary>
    RateLimitDecision TryTake(CallerPartition caller, int permits);
}
