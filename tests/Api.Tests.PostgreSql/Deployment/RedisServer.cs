using System.Diagnostics;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Deployment;

/// <summary>Debian's <c>redis-server</c> on a loopback port, without persistence: started, stopped and started
/// again on the same port by the test, as an operator's restart (or a lost node) would.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(ApiProcess.FreePort());
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(Executable());
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes" })
            start.ArgumentList.Add(argument);
        _process = await LoopbackServer.StartAsync(start, Port);
    }

    /// <summary>Stops the server at once (SIGKILL): clients see their connections drop.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static string Executable()
    {
        foreach (var candidate in new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" })
            if (File.Exists(candidate)) return candidate;
        throw new InvalidOperationException("redis-server not found: install Debian's redis-server (tests/run-all.sh does when it is missing).");
    }
}
