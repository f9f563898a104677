using System.Net;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Engine.SharedState;

/// <summary>
/// Redis configured but out of reach from the start (nothing listens on its port): the host starts and serves,
/// readiness says Redis is degraded (still 200: a balancer keeps the instance), budgets are kept per instance and
/// persisted queries are learnt per instance. The deployment test shows Redis going away and coming back.
/// </summary>
public sealed class RedisUnreachableTests(RedisUnreachableTests.Host host) : IClassFixture<RedisUnreachableTests.Host>
{
    public sealed class Host : InfoGovApiFactory
    {
        public static readonly int DeadPort = ApiProcess.FreePort();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Redis:Configuration", $"127.0.0.1:{DeadPort}");
            builder.UseSetting("Redis:TimeoutMilliseconds", "200");
            builder.UseSetting("RateLimiting:Anonymous:PermitLimit", "5");
            builder.UseSetting("RateLimiting:Anonymous:PermitsPerMinute", "1");
        }
    }

    [Fact]
    public async Task The_instance_serves_and_readiness_reports_Redis_degraded()
    {
        using var ready = await host.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = JObject.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Degraded", (string?)report["status"]);
        Assert.Equal("Degraded", (string?)report["checks"]!["redis"]!["status"]);
        Assert.Contains("Redis does not answer", (string?)report["checks"]!["redis"]!["description"]);
        Assert.Equal("Healthy", (string?)report["checks"]!["database"]!["status"]);

        var answer = await host.OfficeClient().PostQueryAsync("{ projects(first: 1) { totalCount } }");
        answer.AssertNoErrors();
    }

    [Fact]
    public async Task Budgets_fall_back_to_this_instance_and_are_still_enforced()
    {
        var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var answer = await client.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"));
            statuses.Add(answer.StatusCode);
        }
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_persisted_query_taught_is_known_to_this_instance()
    {
        const string query = "{ __typename }";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query)));
        var client = host.OfficeClient(); // a user's budget: the anonymous one is spent by the test above
        var taught = await client.PostAsync("/graphql", new StringContent($"{{\"query\":\"{query}\",\"extensions\":{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{hash}\"}}}}}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, taught.StatusCode);
        var byHash = await client.PostAsync("/graphql", new StringContent($"{{\"extensions\":{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{hash}\"}}}}}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Contains("\"__typename\"", await byHash.Content.ReadAsStringAsync());
    }
}
