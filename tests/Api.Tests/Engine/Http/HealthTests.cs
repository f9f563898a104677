using System.Net;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Engine.Http;

[Collection(ApiCollection.Name)]
public class HealthTests(InfoGovApiFactory factory)
{
    [Fact]
    public async Task Liveness_answers_healthy()
    {
        using var response = await factory.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_reports_each_part_and_without_Redis_configured_only_the_database()
    {
        using var response = await factory.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var report = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", (string?)report["status"]);
        Assert.Equal(["database"], ((JObject)report["checks"]!).Properties().Select(p => p.Name));
        Assert.Equal("Healthy", (string?)report["checks"]!["database"]!["status"]);
    }

    [Fact]
    public async Task A_refused_token_is_answered_with_a_bearer_challenge()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not.a.jwt");
        using var response = await client.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }
}
