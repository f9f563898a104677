using System.Net;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Engine.Security;

/// <summary>Each caller has a budget of its own; over it, 429 with Retry-After and a GraphQL error.
/// A host of its own with a budget of five requests a minute per caller.</summary>
public sealed class RateLimitingTests(RateLimitingTests.Host host) : IClassFixture<RateLimitingTests.Host>
{
    public sealed class Host : InfoGovApiFactory
    {
        protected override int RateLimitPermits => 5;
    }

    [Fact]
    public async Task A_burst_over_the_anonymous_budget_gets_429_and_another_caller_is_unaffected()
    {
        var anonymous = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        GraphQLResponse? refused = null;
        for (var i = 0; i < 8; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ departments(first: 1) { totalCount } }"));
            request.Headers.TryAddWithoutValidation("Accept", GraphQLClient.GraphQLResponseJson);
            using var response = await anonymous.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After names a wait");
                Assert.Equal("0", response.Headers.GetValues("RateLimit-Remaining").Single());
                Assert.Equal("5", response.Headers.GetValues("RateLimit-Limit").Single());
                refused ??= new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType,
                    GraphQLClient.Parse(await response.Content.ReadAsStringAsync()));
            }
            else Assert.True(response.Headers.Contains("RateLimit-Remaining"));
        }
        // Five permits, then refusals; a refill tick (one permit every 12 s) during the burst may let one more through.
        Assert.All(statuses.Take(5), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.True(statuses.Count(s => s == HttpStatusCode.TooManyRequests) >= 2, string.Join(", ", statuses));
        Assert.Equal(["RATE_LIMITED"], refused!.ErrorCodes);

        // A signed-in user draws on a budget of its own.
        var user = await host.ClientAs("GAJ", Roles.Staff).PostQueryAsync("{ departments(first: 1) { totalCount } }");
        user.AssertNoErrors();
    }

    [Fact]
    public async Task An_expensive_request_costs_more_than_one_permit()
    {
        var client = host.ClientAs("CZJ", Roles.Finance);
        // Up to 100 departments with 20 projects each, 20 budget lines each: 42,100 objects, 42 permits more than the 5 there are.
        var response = await client.PostQueryAsync("{ departments(first: 100) { nodes { projects { nodes { budgetLines { totalCount } } } } } }");
        Assert.Equal(HttpStatusCode.TooManyRequests, response.Status);
        Assert.Equal(["RATE_LIMITED"], response.ErrorCodes);
    }
}
