using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InfoGov.Api.Tests.Engine.Telemetry;

/// <summary>One structured log line per request, without tokens or variables.</summary>
public sealed class RequestLogTests(RequestLogTests.Host host) : IClassFixture<RequestLogTests.Host>
{
    /// <summary>A host whose InfoGov.Requests lines are captured with their structured values.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        public ConcurrentQueue<IReadOnlyList<KeyValuePair<string, object?>>> Lines { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(new CapturingProvider(Lines)));
        }
    }

    private sealed class CapturingProvider(ConcurrentQueue<IReadOnlyList<KeyValuePair<string, object?>>> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => categoryName == "InfoGov.Requests" ? new Capturing(lines) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }
    }

    private sealed class Capturing(ConcurrentQueue<IReadOnlyList<KeyValuePair<string, object?>>> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(state as IReadOnlyList<KeyValuePair<string, object?>> ?? []);
    }

    [Fact]
    public async Task Each_request_logs_its_operation_caller_kind_status_and_duration_but_not_its_variables()
    {
        host.Lines.Clear();
        (await host.OfficeClient().PostQueryAsync("query PortalList($first: Int!) { projects(first: $first) { nodes { code } } }", new { first = 2 })).AssertNoErrors();
        await host.CreateClient().PostRawAsync("{\"query\":", "application/json");

        var lines = host.Lines.Select(l => l.ToDictionary(p => p.Key, p => p.Value)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(("PortalList", "User", 200), ((string?)lines[0]["Operation"], lines[0]["CallerKind"]!.ToString(), (int)lines[0]["Status"]!));
        Assert.True((double)lines[0]["ElapsedMs"]! > 0);
        Assert.Equal(("-", "Anonymous", 400), ((string?)lines[1]["Operation"], lines[1]["CallerKind"]!.ToString(), (int)lines[1]["Status"]!));
        Assert.DoesNotContain(lines.SelectMany(l => l.Values), v => v?.ToString()?.Contains("first", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Each_request_is_measured_by_operation_caller_kind_and_status()
    {
        var measured = new ConcurrentQueue<(double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "InfoGov.Api" && instrument.Name == "infogov.graphql.request.duration") l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
            measured.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();

        (await host.OfficeClient().PostQueryAsync("query MetricsProbe { projects(first: 1) { nodes { code } } }")).AssertNoErrors();

        var probe = measured.Where(m => (string?)m.Tags["graphql.operation.name"] == "MetricsProbe").ToList();
        var single = Assert.Single(probe);
        Assert.Equal(("User", 200), ((string?)single.Tags["infogov.caller.kind"], (int)single.Tags["http.response.status_code"]!));
        Assert.True(single.Value > 0);
    }
}
