using System.Diagnostics;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace InfoGov.Api.Tests.Engine.Telemetry;

/// <summary>Traces as an operator's collector receives them, through the in-memory exporter.</summary>
public sealed class TracingTests(TracingTests.Host host) : IClassFixture<TracingTests.Host>
{
    /// <summary>A host with telemetry on, exporting to a list.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        public List<Activity> Spans { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telemetry:Enabled", "true");
            builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
        }
    }

    [Fact]
    public async Task A_request_is_one_trace_with_its_GraphQL_and_database_spans_and_the_trace_id_is_the_correlation_id()
    {
        using var response = await host.OfficeClient().PostAsync("/graphql",
            new StringContent("{\"query\":\"{ projects(first: 3) { nodes { code department { name } } } }\"}", System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var correlation = response.Headers.GetValues("X-Correlation-Id").Single();
        Assert.Contains(correlation, await response.Content.ReadAsStringAsync());
        var trace = await TraceAsync(correlation);
        Assert.Single(trace, s => s.Kind == ActivityKind.Server && s.Parent is null && s.ParentSpanId == default);
        Assert.Contains(trace, s => s.Source.Name == "GraphQL");
        Assert.Contains(trace, s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
    }

    /// <summary>
    /// The trace's spans once its server span has ended: ASP.NET Core stops that span after the response
    /// body is complete, which can be after the client has read it, so the test waits for it (up to 10 s).
    /// </summary>
    private async Task<List<Activity>> TraceAsync(string traceId)
    {
        var provider = host.Services.GetRequiredService<TracerProvider>();
        for (var attempt = 0; ; attempt++)
        {
            provider.ForceFlush();
            // ToArray copies without enumerating, so a span exported meanwhile cannot break the read.
            var trace = host.Spans.ToArray().Where(s => s.TraceId.ToHexString() == traceId).ToList();
            if (attempt >= 100 || trace.Any(s => s.Kind == ActivityKind.Server))
            {
                return trace;
            }
            await Task.Delay(100);
        }
    }
}
