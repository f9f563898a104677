using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Http;

/// <summary>Real client libraries (tests/Clients, installed from npm on first use) against the API
/// running as a process on a socket, with the demo data.</summary>
public class ClientInteropTests
{
    [Fact]
    public async Task Apollo_Clients_persisted_query_link_falls_back_to_the_query_once_then_sends_hashes()
    {
        await NodeClients.EnsureInstalledAsync();
        var port = ApiProcess.FreePort();
        await using var api = await ApiProcess.StartAsync(port, ["--urls", $"http://127.0.0.1:{port}"],
            new() { ["Database__MigrateOnStartup"] = "true", ["Database__SeedDemoData"] = "true" });
        var (exit, output) = await NodeClients.RunAsync("node", "apollo-persisted-queries.mjs", new() { ["API_URL"] = api.GraphQLUrl });
        Assert.True(exit == 0, output);
        Assert.Contains("POST ok", output);
        Assert.Contains("GET ok", output);
    }

    [Fact]
    public async Task The_graphql_ws_and_graphql_sse_clients_receive_a_status_change_committed_by_a_mutation()
    {
        await NodeClients.EnsureInstalledAsync();
        var port = ApiProcess.FreePort();
        await using var api = await ApiProcess.StartAsync(port, ["--urls", $"http://127.0.0.1:{port}"],
            new() { ["Database__MigrateOnStartup"] = "true", ["Database__SeedDemoData"] = "true" });
        var token = await api.TokenAsync("--role", "Gov.CommitteeOffice", "--dept", "XXB");
        var (exit, output) = await NodeClients.RunAsync("node", "subscription-checks.mjs", new() { ["API_URL"] = api.GraphQLUrl, ["TOKEN"] = token });
        Assert.True(exit == 0, output);
        Assert.Contains("ws ok", output);
        Assert.Contains("sse ok", output);
    }
}
