using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Engine.Http;

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

    [Fact]
    public async Task The_introspection_query_of_graphql_js_with_every_option_is_answered()
    {
        // getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }), as graphql-js 16 writes it.
        const string query = """
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description specifiedByURL
              fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields(includeDeprecated: true) { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
            fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
            """;
        var types = (await factory.OfficeClient().PostQueryAsync(query)).AssertNoErrors().Data["__schema"]!["types"]!;
        var decimalType = types.Single(t => (string?)t["name"] == "Decimal");
        Assert.StartsWith("https://", (string?)decimalType["specifiedByURL"]);
        Assert.False(string.IsNullOrEmpty((string?)decimalType["description"]));
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, types.Single(t => (string?)t["name"] == "Project")["specifiedByURL"]!.Type);
    }
}
