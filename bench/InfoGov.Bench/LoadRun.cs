using System.Diagnostics;
using System.Text;

namespace InfoGov.Bench;

/// <summary>What one scenario at one concurrency measured.</summary>
public sealed record LoadResult(string Scenario, int Connections, int Requests, int Failures, double Seconds, double P50Ms, double P99Ms, Counters Server, double? DatabaseCpuMs)
{
    public double? DatabaseCpuMsPerRequest => DatabaseCpuMs / Requests;
    public double RequestsPerSecond => Requests / Seconds;
    public double CpuMsPerRequest => Server.CpuMs / Requests;
    public double KbAllocatedPerRequest => Server.AllocatedBytes / 1024.0 / Requests;
    public double SqlPerRequest => (double)Server.SqlCommands / Requests;
    public double ResidentMb => Server.WorkingSetBytes / 1024.0 / 1024.0;
}

/// <summary>Drives a scenario with <c>connections</c> concurrent clients for a fixed time and reads
/// the server's counters around the measured window.</summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(HttpClient http, string token, Scenario scenario, int connections, TimeSpan duration, int sequenceStart, Func<double?>? databaseCpuMs = null)
    {
        var sequence = sequenceStart;
        var latencies = new List<double>[connections];
        var failures = 0;
        var before = await Counters.ReadAsync(http);
        var databaseBefore = databaseCpuMs?.Invoke();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(async worker =>
        {
            var own = latencies[worker] = [];
            while (clock.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref sequence);
                using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
                {
                    Content = new StringContent(scenario.Body(n), Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = new("Bearer", token);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode || body.Contains("\"errors\":[{", StringComparison.Ordinal))
                {
                    // The first failure is shown: a benchmark of failing requests measures nothing.
                    if (Interlocked.Increment(ref failures) == 1) Console.Error.WriteLine($"{scenario.Name}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 600)]}");
                }
            }
        }).ToList();
        await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;
        var server = await Counters.ReadAsync(http) - before;
        var database = databaseCpuMs?.Invoke() - databaseBefore;
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new LoadResult(scenario.Name, connections, all.Count, failures, seconds, Percentile(all, 0.50), Percentile(all, 0.99), server, database);
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
