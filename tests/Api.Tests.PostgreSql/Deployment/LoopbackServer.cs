using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace InfoGov.Api.Tests.Deployment;

/// <summary>A server program of the deployment (redis-server, nginx) started on a loopback port: its output read as it
/// comes (a full pipe would stall it), and the test held until the port accepts connections.</summary>
public static class LoopbackServer
{
    /// <summary>Starts <paramref name="start"/> and waits up to 10 s for <paramref name="port"/>; fails the test, with what
    /// the program wrote, if it exits first or never listens.</summary>
    public static async Task<Process> StartAsync(ProcessStartInfo start, int port)
    {
        (start.RedirectStandardOutput, start.RedirectStandardError) = (true, true);
        var process = Process.Start(start)!;
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) output.Enqueue(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) output.Enqueue(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var name = Path.GetFileName(start.FileName);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return process;
            }
            catch (SocketException)
            {
                Assert.False(process.HasExited, $"{name} exited at start: {string.Join('\n', output)}");
                await Task.Delay(100);
            }
        }
        process.Kill();
        throw new TimeoutException($"{name} did not listen on {port} within 10 s: {string.Join('\n', output)}");
    }
}
