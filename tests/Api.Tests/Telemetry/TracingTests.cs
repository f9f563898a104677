using System.Diagnostics;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace InfoGov.Api.Tests.Telemetry;

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
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();

        var trace = host.Spans.Where(s => s.TraceId.ToHexString() == correlation).ToList();
        Assert.Single(trace, s => s.Kind == ActivityKind.Server && s.Parent is null && s.ParentSpanId == default);
        Assert.Contains(trace, s => s.Source.Name == "GraphQL");
        Assert.Contains(trace, s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
    }
}
