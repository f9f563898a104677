using System.Net;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Engine.Security;

/// <summary>A request that runs past the execution timeout is cancelled with REQUEST_TIMEOUT and
/// the host, and its database, keep answering. A host of its own with a timeout of one millisecond.</summary>
public sealed class ExecutionTimeoutTests(ExecutionTimeoutTests.Host host) : IClassFixture<ExecutionTimeoutTests.Host>
{
    public sealed class Host : InfoGovApiFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:ExecutionTimeout", "00:00:00.001");
        }
    }

    private const string Heavy = "{ projects(first: 100) { nodes { code budgetLines { nodes { amount { amount } } } progressReports { nodes { progressPercent } } department { name projects { totalCount } } } } }";

    [Fact]
    public async Task A_request_past_the_timeout_is_cancelled_and_the_server_stays_responsive()
    {
        var client = host.OfficeClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var response = await client.PostQueryAsync(Heavy);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
            Assert.Equal(["REQUEST_TIMEOUT"], response.ErrorCodes);
            Assert.Null(response.Body["data"]);
        }
        // The database connections were released: the readiness probe queries the database.
        var ready = await host.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
