using System.Diagnostics.Metrics;

namespace InfoGov.Api.Engine.Telemetry;

/// <summary>
/// InfoGov's own metrics (meter <c>InfoGov.Api</c>, exported with the others when telemetry is on):
/// GraphQL requests by operation, caller kind and status with their duration, and rate-limit refusals
/// by caller kind. Recording costs nothing measurable when no listener is attached.
/// </summary>
public static class ApiMetrics
{
    public const string MeterName = "InfoGov.Api";
    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "infogov.graphql.request.duration", "ms", "Duration of GraphQL requests by operation, caller kind and status.");

    private static readonly Counter<long> RateLimitRefusals = Meter.CreateCounter<long>(
        "infogov.ratelimit.refusals", "{request}", "Requests refused for exceeding their caller's budget.");

    public static void RecordRequest(string operation, string callerKind, int status, double milliseconds) =>
        RequestDuration.Record(milliseconds,
            new KeyValuePair<string, object?>("graphql.operation.name", operation),
            new KeyValuePair<string, object?>("infogov.caller.kind", callerKind),
            new KeyValuePair<string, object?>("http.response.status_code", status));

    public static void RecordRateLimitRefusal(string callerKind) =>
        RateLimitRefusals.Add(1, new KeyValuePair<string, object?>("infogov.caller.kind", callerKind));
}
