using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Engine.Http;

/// <summary>A real Chromium (Debian's, driven by playwright-core from tests/Clients) against the API
/// running as a process: GraphiQL served by the API, a portal page on an allowed origin, and one on
/// an origin the API does not allow.</summary>
public class BrowserTests
{
    private static string Chromium =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(File.Exists) ?? throw new InvalidOperationException("No Chromium found: install Debian's chromium (.ci/run does) or set CHROMIUM.");

    [Fact]
    public async Task GraphiQL_runs_a_query_and_an_allowed_origin_reads_through_CORS_while_another_is_refused()
    {
        await NodeClients.EnsureInstalledAsync();
        var (port, allowed, refused) = (ApiProcess.FreePort(), ApiProcess.FreePort(), ApiProcess.FreePort());
        await using var api = await ApiProcess.StartAsync(port, ["--urls", $"http://127.0.0.1:{port}"], new()
        {
            ["Database__MigrateOnStartup"] = "true",
            ["Database__SeedDemoData"] = "true",
            ["GraphiQL__Enabled"] = "true",
            ["Cors__AllowedOrigins__0"] = $"http://127.0.0.1:{allowed}",
        });
        var token = await api.TokenAsync("--role", "Gov.CommitteeOffice", "--dept", "XXB");

        var (exit, output) = await NodeClients.RunAsync("node", "browser-checks.mjs", new()
        {
            ["API_URL"] = api.GraphQLUrl,
            ["TOKEN"] = token,
            ["CHROMIUM"] = Chromium,
            ["ALLOWED_PORT"] = allowed.ToString(),
            ["REFUSED_PORT"] = refused.ToString(),
        });
        Assert.True(exit == 0, output);
        var findings = JObject.Parse(output.Trim().Split('\n').Last());

        // GraphiQL: an HTML page from the API, nothing loaded from elsewhere, the query answered with the pasted token.
        Assert.Equal(200, (int)findings["ideStatus"]!);
        Assert.StartsWith("text/html", (string?)findings["ideContentType"]);
        Assert.Empty(findings["ideOffsiteRequests"]!);
        Assert.True(!findings["ideConsoleErrors"]!.Any(), findings["ideConsoleErrors"]!.ToString());
        Assert.Empty(findings["introspectionErrors"]!);
        Assert.True((bool)findings["ideIntrospected"]!);
        Assert.Contains("\"department\": \"XXB\"", (string?)findings["ideResponse"]);

        // The allowed origin reads anonymous data, and with a token (a preflighted request) restricted data.
        var ok = findings["allowed"]!;
        Assert.Equal(2, ok["anonymous"]!["body"]!["data"]!["projects"]!["nodes"]!.Count());
        Assert.NotNull((string?)ok["anonymous"]!["correlation"]); // exposed to the page by CORS
        Assert.Equal("XXB", (string?)ok["withToken"]!["body"]!["data"]!["me"]!["department"]);
        Assert.NotNull(ok["withToken"]!["body"]!["data"]!["specialFund"]!["cap"]);

        // The other origin gets nothing: the browser refuses the page the response.
        var no = findings["refused"]!;
        Assert.Contains("Failed to fetch", (string?)no["anonymous"]!["error"]);
        Assert.Contains("Failed to fetch", (string?)no["withToken"]!["error"]);
    }
}
