using System.Diagnostics;

namespace InfoGov.Api.Tests.TestHost;

/// <summary>tests/Clients: real clients on Node (Apollo, a browser through playwright-core), installed
/// from npm on first use (the lock file pins them).</summary>
public static class NodeClients
{
    public static readonly string Directory = Path.Combine(RepositoryRoot.Path, "tests", "Clients");

    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static async Task<(int ExitCode, string Output)> RunAsync(string file, string arguments, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Runs <c>npm ci</c> unless every package the lock file names is there.</summary>
    public static async Task EnsureInstalledAsync()
    {
        await Installing.WaitAsync();
        try
        {
            if (new[] { "@apollo/client", "playwright-core", "jsonld", "n3", "@urql/core", "graphql-ws", "graphql-sse", "ws", "rdf-validate-shacl", "@zazuko/env" }.All(p => System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", p)))) return;
            var (exit, output) = await RunAsync("npm", "ci --no-audit --no-fund");
            Assert.True(exit == 0, "npm ci failed: " + output);
        }
        finally
        {
            Installing.Release();
        }
    }
}
