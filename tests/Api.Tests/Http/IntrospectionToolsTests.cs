using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Http;

/// <summary>What code generators and newer IDEs ask in introspection (graphql-js getIntrospectionQuery with
/// directiveIsRepeatable and inputValueDeprecation).</summary>
[Collection(ApiCollection.Name)]
public class IntrospectionToolsTests(InfoGovApiFactory factory)
{
    [Fact]
    public async Task Repeatable_directives_and_deprecated_input_values_are_answered()
    {
        var data = (await factory.OfficeClient().PostQueryAsync("""
            {
              __schema { directives { name isRepeatable args { name } } }
              draw: __type(name: "DrawReviewPanelInput") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              current: __type(name: "DrawReviewPanelInput") { inputFields { name } }
              query: __type(name: "Query") { fields { name args(includeDeprecated: true) { name isDeprecated } } }
            }
            """)).AssertNoErrors().Data;
        Assert.Contains(data["__schema"]!["directives"]!, d => (string?)d["name"] == "deprecated" && (bool)d["isRepeatable"]! == false);
        // The seed a client may not send is a deprecated input field: listed only when deprecated ones are asked for.
        var seed = data["draw"]!["inputFields"]!.Single(f => (string?)f["name"] == "seed");
        Assert.True((bool)seed["isDeprecated"]!);
        Assert.False(string.IsNullOrEmpty((string?)seed["deprecationReason"]));
        Assert.DoesNotContain(data["current"]!["inputFields"]!, f => (string?)f["name"] == "seed");
        Assert.NotEmpty(data["query"]!["fields"]!);
    }
}
