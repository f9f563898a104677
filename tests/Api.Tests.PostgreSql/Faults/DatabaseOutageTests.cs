using System.Diagnostics;
using System.Net;
using System.Text;
using InfoGov.Api.Tests.TestHost;
using Npgsql;

namespace InfoGov.Api.Tests.Faults;

/// <summary>
/// The database goes away under a running host and comes back: requests in the gap are answered 503 with
/// Retry-After and DATABASE_UNAVAILABLE (never a 500, a stack or a wrong CONFLICT), readiness goes unready, and
/// the same host serves again once the server is back, without a restart. On a PostgreSQL cluster of its own,
/// so that stopping it disturbs no other test.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private string _directory = "";
    private OutageFactory? _factory;

    public async Task InitializeAsync()
    {
        var started = (await ClusterAsync("start")).Trim().Split(' ', 2);
        _directory = started[0];
        _factory = new OutageFactory(new NpgsqlConnectionStringBuilder(started[1]) { Database = "infogov_outage" }.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        _factory?.Dispose();
        if (_directory.Length > 0) await ClusterAsync("stop", _directory);
    }

    private static async Task<string> ClusterAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "tests", "postgres", "throwaway-cluster.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"throwaway-cluster.sh {string.Join(' ', arguments)}: {error}");
        return output;
    }

    private static async Task<(HttpStatusCode Status, string? RetryAfter, string Body)> PostAsync(HttpClient client, string query)
    {
        using var content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(new { query }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        return (response.StatusCode, response.Headers.RetryAfter?.ToString(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Requests_in_the_gap_get_503_with_Retry_After_and_the_host_serves_again_when_the_database_returns()
    {
        using var office = _factory!.OfficeClient();
        const string read = "{ projects(first: 5) { totalCount nodes { code } } }";
        const string write = "mutation { createDepartment(input: { code: \"NEWDEPT\", name: \"新单位\", kind: BUREAU }) { errors { code } department { code } } }";
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(office, read)).Status);

        await ClusterAsync("pause", _directory);
        foreach (var query in new[] { read, write })
        {
            var (status, retryAfter, body) = await PostAsync(office, query);
            Assert.True(status == HttpStatusCode.ServiceUnavailable, $"{status}: {body}");
            Assert.Equal("5", retryAfter);
            Assert.Contains("DATABASE_UNAVAILABLE", body);
            Assert.DoesNotContain("CONFLICT", body);
            Assert.DoesNotContain("   at ", body);
        }
        using var probe = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await probe.GetAsync("/health/ready")).StatusCode);

        await ClusterAsync("resume", _directory);
        var back = Stopwatch.StartNew();
        HttpStatusCode last;
        do
        {
            last = (await PostAsync(office, read)).Status;
            if (last == HttpStatusCode.OK) break;
            await Task.Delay(250);
        }
        while (back.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, last);
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready")).StatusCode);
        // Nothing of the refused mutation was written; it goes through now.
        var (_, _, created) = await PostAsync(office, write);
        Assert.Contains("\"code\":\"NEWDEPT\"", created);
    }

    private sealed class OutageFactory(string connectionString) : InfoGovApiFactory
    {
        protected override string ConnectionString => connectionString;
    }
}
