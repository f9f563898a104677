using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InfoGov.Api.Engine.Health;

/// <summary>
/// The body of <c>/health/ready</c>: the overall status and each part's (the database; Redis where one is
/// configured) with what is wrong, so that an operator sees from the probe alone why an instance is
/// degraded (Redis away: it serves on its own state) or unready (the database away). A balancer needs
/// only the status code: 200 for healthy or degraded, 503 for unhealthy. No exception text goes out.
/// </summary>
public static class ReadinessReport
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description ?? Describe(e.Key, e.Value.Status) }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private static string? Describe(string check, HealthStatus status) => (check, status) switch
    {
        (_, HealthStatus.Healthy) => null,
        ("redis", _) => "Redis does not answer: rate budgets are this instance's own and events reach its own subscribers only.",
        _ => "It does not answer.",
    };
}
