using System.Security.Cryptography;
using System.Text;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json;

namespace InfoGov.Api.Tests.Engine.Http;

/// <summary>Automatic persisted queries as Apollo's persisted-query link speaks them, over POST and GET.</summary>
[Collection(ApiCollection.Name)]
public class PersistedQueryTests(InfoGovApiFactory factory)
{
    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Extensions(string hash) => JsonConvert.SerializeObject(new { persistedQuery = new { version = 1, sha256Hash = hash } });

    private static string Body(string? query, string hash) =>
        JsonConvert.SerializeObject(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } }, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    [Fact]
    public async Task An_unknown_hash_asks_for_the_query_which_is_then_run_by_hash_alone()
    {
        var client = factory.CreateClient();
        // A text no other test sends, so that the hash is unknown to the shared host.
        var query = $"{{ projects(first: 2) {{ nodes {{ code }} }} }} # apq {Guid.NewGuid()}";
        var hash = Sha256(query);

        var unknown = await client.PostRawAsync(Body(null, hash), "application/json");
        Assert.Equal(200, (int)unknown.Status);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], unknown.ErrorCodes);
        Assert.Equal("PersistedQueryNotFound", (string?)unknown.Body["errors"]![0]!["message"]);

        // The link sends the query with its hash once...
        var registered = await client.PostRawAsync(Body(query, hash), "application/json");
        Assert.Equal(2, registered.AssertNoErrors().Data["projects"]!["nodes"]!.Count());

        // ...and from then on the hash alone, over POST and over GET.
        var byPost = await client.PostRawAsync(Body(null, hash), "application/json");
        Assert.Equal(registered.Data.ToString(), byPost.AssertNoErrors().Data.ToString());
        var byGet = await GraphQLClient.SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/graphql?extensions=" + Uri.EscapeDataString(Extensions(hash))));
        Assert.Equal(registered.Data.ToString(), byGet.AssertNoErrors().Data.ToString());
    }

    [Fact]
    public async Task A_hash_that_does_not_match_its_query_is_refused_and_not_remembered()
    {
        var client = factory.CreateClient();
        var query = $"{{ projects(first: 1) {{ nodes {{ code }} }} }} # apq {Guid.NewGuid()}";
        var wrong = Sha256(query + " ");
        var mismatch = await client.PostRawAsync(Body(query, wrong), "application/json");
        Assert.Equal(400, (int)mismatch.Status);
        Assert.Equal(["PERSISTED_QUERY_HASH_MISMATCH"], mismatch.ErrorCodes);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], (await client.PostRawAsync(Body(null, wrong), "application/json")).ErrorCodes);
    }

    [Fact]
    public async Task A_persisted_mutation_is_still_refused_over_GET_and_a_hash_still_pays_the_access_rules()
    {
        var client = factory.CreateClient();
        var mutation = $"mutation {{ cancelProject(input: {{ id: \"bm9wZQ==\", version: 1, reason: \"x\" }}) {{ errors {{ code }} }} }} # apq {Guid.NewGuid()}";
        var hash = Sha256(mutation);
        // Anonymous: the mutation is refused as it would be with its text.
        var refused = await client.PostRawAsync(Body(mutation, hash), "application/json");
        Assert.Contains("AUTH_NOT_AUTHENTICATED", refused.ErrorCodes.Concat(refused.Body.SelectTokens("$..code").Select(t => (string)t!)));
        var overGet = await GraphQLClient.SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/graphql?extensions=" + Uri.EscapeDataString(Extensions(hash))));
        Assert.Equal(405, (int)overGet.Status);
    }
}
