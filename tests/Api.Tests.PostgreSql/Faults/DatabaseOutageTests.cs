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
    private ThrowawayCluster? _cluster;
    private OutageFactory? _factory;

    public async Task InitializeAsync()
    {
        _cluster = await ThrowawayCluster.StartAsync();
        _factory = new OutageFactory(new NpgsqlConnectionStringBuilder(_cluster.ConnectionString) { Database = "infogov_outage" }.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        _factory?.Dispose();
        if (_cluster is not null) await _cluster.DisposeAsync();
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

        await _cluster!.PauseAsync();
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

        await _cluster.ResumeAsync();
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
