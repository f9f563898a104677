using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Http;

/// <summary>The API started as a process from its project directory, as <c>dotnet run</c> starts it
/// (so its settings files apply): the standard host arguments and environment variables choose where
/// it listens, and are not mistaken for commands.</summary>
public class HostArgumentsTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<HttpStatusCode> StartAndProbe(int port, string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.Combine(RepositoryRoot.Path, "src", "Api") };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "InfoGov.Api.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Staging";
        start.Environment["Authentication__UseLocalIssuer"] = "true";
        start.Environment["Authentication__LocalIssuer__KeyFile"] = Path.Combine(Path.GetTempPath(), $"infogov-key-{port}.pem");
        start.Environment["ConnectionStrings__InfoGov"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"infogov-host-{port}.db")}";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            for (var attempt = 0; attempt < 60; attempt++)
            {
                if (process.HasExited) Assert.Fail($"The API exited ({process.ExitCode}): {await process.StandardError.ReadToEndAsync()}{await process.StandardOutput.ReadToEndAsync()}");
                try
                {
                    return (await http.GetAsync($"http://127.0.0.1:{port}/health/live")).StatusCode;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(500);
                }
            }
            return HttpStatusCode.ServiceUnavailable;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task The_urls_argument_is_honoured_and_is_not_taken_for_a_command()
    {
        var port = FreePort();
        Assert.Equal(HttpStatusCode.OK, await StartAndProbe(port, ["--urls", $"http://127.0.0.1:{port}"], []));
    }

    [Fact]
    public async Task ASPNETCORE_URLS_is_honoured_in_Development_too()
    {
        // Development's settings file used to set Urls, which took precedence; the URL is the launch profile's now.
        var port = FreePort();
        Assert.Equal(HttpStatusCode.OK, await StartAndProbe(port, [], new()
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__MigrateOnStartup"] = "false",
            ["Database__SeedDemoData"] = "false",
        }));
    }
}
