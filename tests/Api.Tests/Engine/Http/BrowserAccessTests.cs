using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;

namespace InfoGov.Api.Tests.Engine.Http;

/// <summary>What a portal page on another origin and the caches between it and the API see.</summary>
public sealed class BrowserAccessTests(BrowserAccessTests.Host host) : IClassFixture<BrowserAccessTests.Host>
{
    public const string Portal = "https://portal.example.gov.cn";

    /// <summary>A host with one portal origin allowed.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cors:AllowedOrigins:0", Portal);
        }
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    private const string PublicQuery = "{ projects(first: 3) { nodes { code status } } }";

    private static string GetUri(string query) => "/graphql?query=" + Uri.EscapeDataString(query);

    [Fact]
    public async Task A_configured_origin_is_answered_a_preflight_and_may_read_the_response_headers()
    {
        var client = host.CreateClient();
        using var preflight = await client.SendAsync(Preflight(Portal));
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal(Portal, preflight.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", preflight.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowed);
        Assert.Contains("content-type", allowed);
        Assert.Contains("POST", string.Join(",", preflight.Headers.GetValues("Access-Control-Allow-Methods")));

        // The actual request, with a token: the data and the exposed correlation and rate-limit headers.
        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ me { roles } }\"}", Encoding.UTF8, "application/json"),
        };
        post.Headers.Add("Origin", Portal);
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.Token(new TokenRequest([Roles.CommitteeOffice], "XXB")));
        using var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Portal, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers"));
        Assert.Contains("X-Correlation-Id", exposed);
        Assert.Contains("RateLimit-Remaining", exposed);
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("X-Correlation-Id").Single()));
        Assert.Contains("Gov.CommitteeOffice", await response.Content.ReadAsStringAsync());
        Assert.Equal("no-store, private", string.Join(", ", response.Headers.CacheControl!.ToString().Split(", ").Order()));
    }

    [Fact]
    public async Task An_origin_not_configured_gets_no_permission_and_form_posts_stay_refused()
    {
        var client = host.CreateClient();
        using var preflight = await client.SendAsync(Preflight("https://evil.example.com"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));

        // A cross-site form can only send text/plain or form bodies: refused whatever the origin.
        using var form = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ me { roles } }\"}", Encoding.UTF8, "text/plain") };
        form.Headers.Add("Origin", Portal);
        using var refused = await client.SendAsync(form);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
    }

    [Fact]
    public async Task Anonymous_GET_answers_carry_an_entity_tag_and_revalidate_with_304()
    {
        var client = host.CreateClient();
        using var first = await client.GetAsync(GetUri(PublicQuery));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(30), first.Headers.CacheControl.MaxAge);

        // The same data gives the same tag, though each response has its own correlation id.
        using var second = await client.GetAsync(GetUri(PublicQuery));
        Assert.Equal(etag, second.Headers.ETag);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, GetUri(PublicQuery));
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        // Another selection is another tag; with a token nothing is cacheable.
        using var other = await client.GetAsync(GetUri("{ projects(first: 4) { nodes { code status } } }"));
        Assert.NotEqual(etag, other.Headers.ETag);
        using var signedIn = new HttpRequestMessage(HttpMethod.Get, GetUri(PublicQuery));
        signedIn.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.Token(new TokenRequest([Roles.Staff], "GAJ")));
        using var personal = await client.SendAsync(signedIn);
        Assert.Null(personal.Headers.ETag);
        Assert.True(personal.Headers.CacheControl!.NoStore && personal.Headers.CacheControl.Private);
    }

    [Fact]
    public async Task Responses_are_compressed_for_clients_that_accept_it()
    {
        var client = host.CreateClient();
        const string query = "{ projects(first: 100) { nodes { code name nameEn status department { name } } } }";
        using var plain = await client.GetAsync(GetUri(query));
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, GetUri(query));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var compressed = await client.SendAsync(request);
        Assert.Equal("gzip", compressed.Content.Headers.ContentEncoding.Single());
        var zipped = await compressed.Content.ReadAsByteArrayAsync();
        await using var unzip = new GZipStream(new MemoryStream(zipped), CompressionMode.Decompress);
        using var text = new StreamReader(unzip);
        var json = await text.ReadToEndAsync();
        Assert.Contains("\"projects\"", json);
        Assert.True(zipped.Length * 3 < plainBytes.Length, $"{plainBytes.Length} bytes compressed to {zipped.Length}");
    }
}
