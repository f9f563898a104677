using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Http;

/// <summary>The API started as a process from its project directory, as <c>dotnet run</c> starts it
/// (so its settings files apply): the standard host arguments and environment variables choose where
/// it listens, and are not mistaken for commands.</summary>
public class HostArgumentsTests
{
    [Fact]
    public async Task The_urls_argument_is_honoured_and_is_not_taken_for_a_command()
    {
        var port = ApiProcess.FreePort();
        await using var api = await ApiProcess.StartAsync(port, ["--urls", $"http://127.0.0.1:{port}"], new() { ["Database__MigrateOnStartup"] = "true" });
    }

    [Fact]
    public async Task ASPNETCORE_URLS_is_honoured_in_Development_too()
    {
        // Development's settings file used to set Urls, which took precedence; the URL is the launch profile's now.
        var port = ApiProcess.FreePort();
        await using var api = await ApiProcess.StartAsync(port, [], new()
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__SeedDemoData"] = "false",
        });
    }
}
