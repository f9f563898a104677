using GraphQL.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace InfoGov.Api.Engine.Telemetry;

/// <summary>
/// OpenTelemetry from the standard packages: traces of HTTP requests, GraphQL execution (GraphQL.NET's
/// own activity source), EF Core commands and outgoing HTTP calls; metrics of requests and outgoing
/// calls, and InfoGov's own (<see cref="ApiMetrics"/>: GraphQL operations, rate-limit refusals). Off unless configured: <c>Telemetry:Enabled</c>, or an OTLP endpoint in the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> setting, which also turns the OTLP exporter on (the other
/// <c>OTEL_*</c> settings apply as the exporter defines them).
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "InfoGov.Api";

    public static IServiceCollection AddInfoGovTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (!otlp && !configuration.GetValue("Telemetry:Enabled", false)) return services;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddSource(GraphQLTelemetryProvider.SourceName);
                if (otlp) tracing.AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter(ApiMetrics.MeterName);
                if (otlp) metrics.AddOtlpExporter();
            });
        return services;
    }
}
