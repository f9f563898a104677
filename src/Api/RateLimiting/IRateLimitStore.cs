namespace InfoGov.Api.RateLimiting;

/// <summary>Where the budgets are kept: in this process today (<see cref="InMemoryRateLimitStore"/>);
/// a shared store such as Redis when several instances serve the API.</summary>
public interface IRateLimitStore
{
    /// <summary>Takes <paramref name="permits"/> from the caller's budget, or none when it lacks them.</summary>
    RateLimitDecision TryTake(CallerPartition caller, int permits);
}

/// <summary>The outcome of taking permits, with what the <c>RateLimit-*</c> headers report.</summary>
public sealed record RateLimitDecision(bool Granted, int Limit, int Remaining, TimeSpan Reset, TimeSpan? RetryAfter)
{
    /// <summary>What a request is told when rate limiting is off.</summary>
    public static readonly RateLimitDecision Unlimited = new(true, 0, 0, TimeSpan.Zero, null);
}
