namespace InfoGov.Api.Engine.RateLimiting;

/// <summary>The outcome of taking permits, with what the <c>RateLimit-*</c> headers report.</summary>
public sealed record RateLimitDecision(bool Granted, int Limit, int Remaining, TimeSpan Reset, TimeSpan? RetryAfter)
{
    /// <summary>What a request is told when rate limiting is off.</summary>
    public static readonly RateLimitDecision Unlimited = new(true, 0, 0, TimeSpan.Zero, null);
}
