using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Engine.Http;

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

    [Fact]
    public async Task Urql_in_Node_gets_compressed_JSON_for_its_queries_and_leaves_no_rejection_unhandled()
    {
        await NodeClients.EnsureInstalledAsync();
        var port = ApiProcess.FreePort();
        await using var api = await ApiProcess.StartAsync(port, ["--urls", $"http://127.0.0.1:{port}"],
            new() { ["Database__MigrateOnStartup"] = "true", ["Database__SeedDemoData"] = "true" });
        var (exit, output) = await NodeClients.RunAsync("node", "urql-checks.mjs", new() { ["API_URL"] = api.GraphQLUrl });
        Assert.True(exit == 0, output);
        Assert.Contains("GET ok", output);
        Assert.Contains("POST ok", output);
        Assert.Contains("unhandled rejections: none", output);
    }

    [Fact]
    public async Task Apollos_BatchHttpLink_gets_one_refusal_per_operation_when_a_batch_is_refused()
    {
        await NodeClients.EnsureInstalledAsync();
        var port = ApiProcess.FreePort();
        await using var api = await ApiProcess.StartAsync(port, ["--urls", $"http://127.0.0.1:{port}"], new()
        {
            ["Database__MigrateOnStartup"] = "true",
            ["Database__SeedDemoData"] = "true",
            ["RateLimiting__Anonymous__PermitLimit"] = "5",
            ["RateLimiting__Anonymous__PermitsPerMinute"] = "5",
        });
        var (exit, output) = await NodeClients.RunAsync("node", "apollo-batches.mjs", new() { ["API_URL"] = api.GraphQLUrl });
        Assert.True(exit == 0, output);
        Assert.Contains("401 ok", output);
        Assert.Contains("429 ok", output);
    }
}
