using System.Diagnostics;

namespace InfoGov.Bench;

/// <summary>The API under test: the Release build run as its own process on the benchmark database, in
/// a non-Development environment with the local token issuer, rate limits off and the diagnostic counters on.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    public Uri BaseAddress { get; }

    private ApiProcess(Process process, Uri baseAddress) => (_process, BaseAddress) = (process, baseAddress);

    public static async Task<ApiProcess> StartAsync(string apiDll, BenchDatabase database, string run, string workDirectory, int port)
    {
        var start = Start(apiDll, database, run, workDirectory, port, []);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The API did not start.");
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (process.HasExited) throw new InvalidOperationException("The API exited: " + await process.StandardError.ReadToEndAsync());
            try
            {
                if ((await http.GetAsync(new Uri(api.BaseAddress, "/health/ready"))).IsSuccessStatusCode) return api;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The API did not become ready in 60 s.");
    }

    /// <summary>A token of the local issuer, minted by the API's own "token" command.</summary>
    public static async Task<string> TokenAsync(string apiDll, BenchDatabase database, string run, string workDirectory, string role)
    {
        using var process = Process.Start(Start(apiDll, database, run, workDirectory, 0, ["token", "--role", role]))!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Trim().Split('\n').Last().Trim();
    }

    private static ProcessStartInfo Start(string apiDll, BenchDatabase database, string run, string workDirectory, int port, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(apiDll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The token command runs in Development only; the server runs as it would in a deployment
        // (no developer exception page, no detailed errors), trusting the same local issuer.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = arguments.Length > 0 ? "Development" : "Benchmark";
        start.Environment["Authentication__UseLocalIssuer"] = "true";
        start.Environment["ASPNETCORE_URLS"] = port > 0 ? $"http://127.0.0.1:{port}" : "http://127.0.0.1:0";
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__InfoGov"] = database.ConnectionString(run);
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["Database__SeedDemoData"] = "false";
        start.Environment["RateLimiting__Enabled"] = "false";
        start.Environment["Diagnostics__Counters"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        return start;
    }

    /// <summary>The process's OS id, whose CPU time the counters report.</summary>
    public int Id => _process.Id;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
