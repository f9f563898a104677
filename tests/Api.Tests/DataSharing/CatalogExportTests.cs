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

            // DCAT-AP 3.0: no violation of the shapes in docs/dcat-ap (mandatory properties and the ranges checked);
            // recommended properties missing are warnings. The same shapes catch a catalogue without its title.
            var shapes = Path.Combine(RepositoryRoot.Path, "docs", "dcat-ap", "dcat-ap-3-shapes.ttl");
            var validation = await ValidateAsync(turtleFile, shapes);
            Assert.True(validation["violations"]!.Count() == 0, validation.ToString());
            Assert.True((int)validation["results"]! > 0, "the shapes reported nothing at all, not even a warning");
            var untitled = Path.Combine(directory, "untitled.ttl");
            await File.WriteAllLinesAsync(untitled, (await File.ReadAllLinesAsync(turtleFile)).Select(line =>
                line.Contains("政务数据开放目录") || line.Contains("Open government data catalog") ? line.Replace("dct:title", "dct:alternative") : line));
            var broken = await ValidateAsync(untitled, shapes);
            Assert.Contains(broken["violations"]!, v => ((string?)v["message"])!.StartsWith("Catalogue: title is mandatory"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<JObject> ValidateAsync(string data, string shapes)
    {
        var (exit, output) = await NodeClients.RunAsync("node", $"dcat-ap-validate.mjs \"{data}\" \"{shapes}\"");
        Assert.True(exit == 0, output);
        return JObject.Parse(output.Trim().Split('\n').Last());
    }
}
