using System.Diagnostics;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Faults;

/// <summary>A PostgreSQL server of a test's own (tests/postgres/throwaway-cluster.sh), which the test may stop and
/// start again without disturbing any other test.</summary>
public sealed class ThrowawayCluster : IAsyncDisposable
{
    private readonly string _directory;

    private ThrowawayCluster(string directory, string connectionString) => (_directory, ConnectionString) = (directory, connectionString);

    /// <summary>The server's connection string, without a database.</summary>
    public string ConnectionString { get; }

    public static async Task<ThrowawayCluster> StartAsync()
    {
        var started = (await RunAsync("start")).Trim().Split(' ', 2);
        return new ThrowawayCluster(started[0], started[1]);
    }

    /// <summary>Stops the server (a fast shutdown: sessions are ended), keeping its data.</summary>
    public Task PauseAsync() => RunAsync("pause", _directory);

    /// <summary>Starts the server again on the same port.</summary>
    public Task ResumeAsync() => RunAsync("resume", _directory);

    public async ValueTask DisposeAsync() => await RunAsync("stop", _directory);

    private static async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "tests", "postgres", "throwaway-cluster.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"throwaway-cluster.sh {string.Join(' ', arguments)}: {await error}");
        return await output;
    }
}
