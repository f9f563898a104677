using System.Diagnostics;

namespace InfoGov.Api.Engine.Telemetry;

/// <summary>The id that ties a response to its logs, audit entries and trace: the W3C trace id when the
/// request is traced (so an operator finds the trace from a client's report), else ASP.NET Core's request id.</summary>
public static class CorrelationId
{
    public static string Of(HttpContext? http) =>
        Activity.Current is { TraceId: var traceId } && traceId != default ? traceId.ToHexString() : http?.TraceIdentifier ?? "";
}
