using System.Globalization;
using InfoGov.Api.Engine.Http;
using InfoGov.Api.Engine.Telemetry;

namespace InfoGov.Api.Engine.RateLimiting;

/// <summary>Charges a request to its caller's budget and reports the budget in the response's
/// <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c> and <c>RateLimit-Reset</c> headers
/// (and <c>Retry-After</c> when refused).</summary>
public sealed class RequestRateLimiter(IRateLimitStore store, RateLimitOptions options)
{
    /// <summary>What a refused caller is told (429, code RATE_LIMITED), wherever the refusal happens.</summary>
    public const string RefusalMessage = "Too many requests for this caller; retry after the number of seconds in the Retry-After header.";

    public async ValueTask<RateLimitDecision> TakeAsync(HttpContext http, int permits)
    {
        if (!options.Enabled || permits <= 0) return RateLimitDecision.Unlimited;
        var partition = CallerPartition.Of(http);
        var decision = await store.TryTakeAsync(partition, permits, http.RequestAborted);
        if (!decision.Granted) ApiMetrics.RecordRateLimitRefusal(partition.Kind.ToString());
        // A stream (WebSocket, event stream) has sent its headers already: its operations are charged all the same.
        if (http.Response.HasStarted) return decision;
        var headers = http.Response.Headers;
        headers["RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = Seconds(decision.Reset);
        if (decision.RetryAfter is { } wait) headers.RetryAfter = Seconds(wait);
        return decision;
    }

    /// <summary>Permits a request costs beyond the one every request pays: one per <see cref="RateLimitOptions.CostUnit"/>
    /// fields and objects it may return.</summary>
    public int ExtraPermitsFor(DocumentMeasure measure) =>
        (int)Math.Min(int.MaxValue, (measure.Fields + measure.Nodes) / Math.Max(options.CostUnit, 1));

    private static string Seconds(TimeSpan span) => Math.Max(1, (long)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
