using System.Diagnostics;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Http;

/// <summary>Real client libraries (tests/Clients, installed from npm on first use) against the API
/// running as a process on a socket, with the demo data.</summary>
public class ClientInteropTests
{
    private static readonly string Clients = Path.Combine(RepositoryRoot.Path, "tests", "Clients");

    private static async Task<(int ExitCode, string Output)> Run(string file, string arguments, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = Clients, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static async Task EnsureInstalled()
    {
        if (Directory.Exists(Path.Combine(Clients, "node_modules", "@apollo", "client"))) return;
        var (exit, output) = await Run("npm", "ci --no-audit --no-fund");
        Assert.True(exit == 0, "npm ci failed: " + output);
    }

    [Fact]
    public async Task Apollo_Clients_persisted_query_link_falls_back_to_the_query_once_then_sends_hashes()
    {
        await EnsureInstalled();
        var port = ApiProcess.FreePort();
        await using var api = await ApiProcess.StartAsync(port, ["--urls", $"http://127.0.0.1:{port}"],
            new() { ["Database__MigrateOnStartup"] = "true", ["Database__SeedDemoData"] = "true" });
        var (exit, output) = await Run("node", "apollo-persisted-queries.mjs", new() { ["API_URL"] = api.GraphQLUrl });
        Assert.True(exit == 0, output);
        Assert.Contains("POST ok", output);
        Assert.Contains("GET ok", output);
    }
}
