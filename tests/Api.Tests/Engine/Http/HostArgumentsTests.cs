using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Engine.Http;

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

    [Fact]
    public async Task A_first_run_in_Development_prints_the_banner_and_no_warnings()
    {
        // As a newcomer's first `dotnet run`: Development, a new database migrated and seeded, a new signing key.
        var port = ApiProcess.FreePort();
        await using var api = await ApiProcess.StartAsync(port, [], new()
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
        });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!api.Output.Contains("GraphiQL IDE:") && DateTime.UtcNow < deadline) await Task.Delay(100);
        var output = api.Output;
        Assert.Contains($"InfoGov GraphQL API listening on http://127.0.0.1:{port}/graphql", output);
        Assert.Contains($"GraphiQL IDE: open http://127.0.0.1:{port}/graphql in a browser", output);
        Assert.Contains("Demo data seeded.", output);
        Assert.DoesNotContain("PRAGMA", output);
        Assert.DoesNotContain("warn:", output);
        Assert.DoesNotContain("fail:", output);
    }

    [Theory]
    [InlineData("RateLimiting__Users__PermitLimit", "0", "RateLimiting:Users:PermitLimit")]
    [InlineData("GraphQL__MaxDepth", "deep", "GraphQL:MaxDepth")]
    [InlineData("GraphQL__MaxDepht", "12", "MaxDepht")]
    [InlineData("Subscriptions__IdleTimeout", "-00:01:00", "Subscriptions:IdleTimeout")]
    public async Task A_wrong_setting_stops_the_host_at_start_and_names_it(string variable, string value, string named)
    {
        var (exit, output) = await ApiProcess.RunToExitAsync([], new() { [variable] = value });
        Assert.True(exit == 2, $"exit {exit}: {output}");
        Assert.Contains(named, output);
        Assert.DoesNotContain("   at ", output);
    }
}
