using System.Net;
using System.Net.Http.Headers;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;

namespace InfoGov.Api.Tests.Engine.Http;

/// <summary>GraphiQL is served to browsers only where configured; API clients never get it.</summary>
public sealed class GraphiQLPageTests(GraphiQLPageTests.Host host) : IClassFixture<GraphiQLPageTests.Host>
{
    /// <summary>A host with the IDE on.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphiQL:Enabled", "true");
        }
    }

    private static HttpRequestMessage Navigation(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    [Fact]
    public async Task A_browser_gets_the_ide_with_its_own_files_and_a_strict_content_security_policy()
    {
        var client = host.CreateClient();
        var page = await client.SendAsync(Navigation("/graphql"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        foreach (var file in new[] { "react.production.min.js", "react-dom.production.min.js", "graphiql.min.js", "graphiql.min.css", "start.js" })
        {
            Assert.Contains($"/graphiql/{file}", html);
            var asset = await client.GetAsync($"/graphiql/{file}");
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public async Task Clients_asking_for_json_still_get_graphql()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ departments(first: 1) { totalCount } }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await host.CreateClient().SendAsync(request);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("totalCount", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_the_setting_browsers_get_no_ide()
    {
        // The shared test host runs as outside Development, where the IDE is off unless configured.
        await using var plain = new InfoGovApiFactory();
        var response = await plain.CreateClient().SendAsync(Navigation("/graphql"));
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await plain.CreateClient().GetAsync("/graphiql/graphiql.min.js")).StatusCode);
    }
}
