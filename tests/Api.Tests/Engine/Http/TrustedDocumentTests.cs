using System.Security.Cryptography;
using System.Text;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Newtonsoft.Json;

namespace InfoGov.Api.Tests.Engine.Http;

/// <summary>Trusted documents: an administrator registers a dashboard's documents (stored in the
/// database); with the policy on, application callers run registered documents only.</summary>
public sealed class TrustedDocumentTests(TrustedDocumentTests.Host host) : IClassFixture<TrustedDocumentTests.Host>
{
    /// <summary>A host of its own, with the policy on.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:TrustedDocumentsOnlyForApps", "true");
        }
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Body(string? query, string? hash) => JsonConvert.SerializeObject(
        new { query, extensions = hash is null ? null : new { persistedQuery = new { version = 1, sha256Hash = hash } } },
        new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    private HttpClient Admin => host.ClientAs("XXB", Roles.Admin);

    private HttpClient Dashboard()
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.Dashboard], IsApp: true)));
        return client;
    }

    private async Task<Newtonsoft.Json.Linq.JToken> Register(string name, string document) =>
        (await Admin.PostQueryAsync("mutation($i: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $i) { trustedDocument { id hash name ownerApp } errors { code field message } } }",
            new { i = new { name, ownerApp = "dashboard-client-id", document } })).AssertNoErrors().Data["registerTrustedDocument"]!;

    [Fact]
    public async Task An_application_runs_registered_documents_only_by_hash_or_text()
    {
        var registered = $"{{ projects(first: 2) {{ nodes {{ code status }} }} }} # panel {Guid.NewGuid()}";
        var unregistered = $"{{ projects(first: 3) {{ nodes {{ code }} }} }} # adhoc {Guid.NewGuid()}";
        var dashboard = Dashboard();

        // Before registration: refused by hash and by text, and a hash the client "teaches" is not learnt.
        foreach (var body in new[] { Body(null, Sha256(registered)), Body(registered, null), Body(registered, Sha256(registered)) })
        {
            var refused = await dashboard.PostRawAsync(body, "application/json");
            Assert.Equal(400, (int)refused.Status);
            Assert.Equal(["PERSISTED_QUERY_ONLY"], refused.ErrorCodes);
        }

        var payload = await Register("Projects panel", registered);
        Assert.Empty(payload["errors"]!);
        Assert.Equal(Sha256(registered), (string?)payload["trustedDocument"]!["hash"]);

        var byHash = await dashboard.PostRawAsync(Body(null, Sha256(registered)), "application/json");
        Assert.Equal(2, byHash.AssertNoErrors().Data["projects"]!["nodes"]!.Count());
        var byGet = await GraphQLClient.SendAsync(dashboard, new HttpRequestMessage(HttpMethod.Get,
            "/graphql?extensions=" + Uri.EscapeDataString(JsonConvert.SerializeObject(new { persistedQuery = new { version = 1, sha256Hash = Sha256(registered) } }))));
        Assert.Equal(byHash.Data.ToString(), byGet.AssertNoErrors().Data.ToString());
        var byText = await dashboard.PostRawAsync(Body(registered, null), "application/json");
        Assert.Equal(byHash.Data.ToString(), byText.AssertNoErrors().Data.ToString());

        // Anything else stays refused for the application; a user is not restricted.
        var other = await dashboard.PostRawAsync(Body(unregistered, null), "application/json");
        Assert.Equal(["PERSISTED_QUERY_ONLY"], other.ErrorCodes);
        Assert.Equal(3, (await host.ClientAs("GAJ", Roles.Staff).PostQueryAsync(unregistered)).AssertNoErrors().Data["projects"]!["nodes"]!.Count());

        // Removed, it is refused again.
        var removed = (await Admin.PostQueryAsync("mutation($i: RemoveTrustedDocumentInput!) { removeTrustedDocument(input: $i) { errors { code } } }",
            new { i = new { id = (string)payload["trustedDocument"]!["id"]! } })).AssertNoErrors().Data["removeTrustedDocument"]!;
        Assert.Empty(removed["errors"]!);
        Assert.Equal(["PERSISTED_QUERY_ONLY"], (await dashboard.PostRawAsync(Body(null, Sha256(registered)), "application/json")).ErrorCodes);
    }

    [Fact]
    public async Task Administrators_list_registered_documents_and_cannot_register_one_twice_or_one_that_does_not_parse()
    {
        var document = $"query Panel {{ departments(first: 1) {{ nodes {{ code }} }} }} # {Guid.NewGuid()}";
        Assert.Empty((await Register("Departments panel", document))["errors"]!);
        var twice = await Register("Same text again", document);
        Assert.Equal(("CONFLICT", "document"), ((string?)twice["errors"]![0]!["code"], (string?)twice["errors"]![0]!["field"]));
        var broken = await Register("Broken", "{ projects(first: 1) { nodes { code }");
        Assert.Equal(("VALIDATION", "document"), ((string?)broken["errors"]![0]!["code"], (string?)broken["errors"]![0]!["field"]));

        var listed = (await Admin.PostQueryAsync("{ trustedDocuments(filter: { ownerApp: \"dashboard-client-id\" }) { nodes { name hash text registeredBy } } }"))
            .AssertNoErrors().Data["trustedDocuments"]!["nodes"]!;
        Assert.Contains(listed, d => (string?)d["name"] == "Departments panel" && (string?)d["text"] == document && (string?)d["hash"] == Sha256(document));

        // Only administrators see the list.
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync("{ trustedDocuments { totalCount } }")).ErrorCodes);
    }
}
