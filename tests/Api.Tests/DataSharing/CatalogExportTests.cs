using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.DataSharing;

/// <summary>The open data catalog as DCAT-AP, read by a JSON-LD processor and an RDF parser (npm
/// jsonld and n3, from tests/Clients).</summary>
[Collection(ApiCollection.Name)]
public class CatalogExportTests(InfoGovApiFactory factory)
{
    [Fact]
    public async Task Json_ld_and_turtle_are_valid_rdf_with_the_same_triples_and_every_public_entry_as_a_complete_dataset()
    {
        await NodeClients.EnsureInstalledAsync();
        var client = factory.CreateClient();
        var jsonLd = await client.GetAsync("/export/catalog.jsonld");
        var turtle = await client.GetAsync("/export/catalog.ttl");
        Assert.Equal("application/ld+json", jsonLd.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/turtle", turtle.Content.Headers.ContentType?.MediaType);

        var directory = Directory.CreateTempSubdirectory("infogov-catalog-").FullName;
        try
        {
            var (jsonLdFile, turtleFile) = (Path.Combine(directory, "catalog.jsonld"), Path.Combine(directory, "catalog.ttl"));
            await File.WriteAllTextAsync(jsonLdFile, await jsonLd.Content.ReadAsStringAsync());
            await File.WriteAllTextAsync(turtleFile, await turtle.Content.ReadAsStringAsync());
            var (exit, output) = await NodeClients.RunAsync("node", $"catalog-checks.mjs \"{jsonLdFile}\" \"{turtleFile}\"");
            Assert.True(exit == 0, output);
            var report = JObject.Parse(output.Trim().Split('\n').Last());

            Assert.True((bool)report["same"]!, output);
            Assert.Equal(1, (int)report["catalogs"]!);
            Assert.Empty(report["incomplete"]!);
            Assert.Empty(report["badDistributions"]!);

            // Exactly the entries an anonymous caller finds in the API.
            var open = (await client.PostQueryAsync("{ dataResources(first: 100) { nodes { code } } }")).AssertNoErrors()
                .Data["dataResources"]!["nodes"]!.Select(n => (string)n["code"]!).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(open);
            Assert.Equal(open, report["identifiers"]!.Select(i => (string)i!).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
