using System.Net;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Engine.Http;

/// <summary>The endpoint against the GraphQL-over-HTTP specification.</summary>
[Collection(ApiCollection.Name)]
public class GraphQLOverHttpTests(InfoGovApiFactory factory)
{
    private const string Query = "{ departments(first: 1) { totalCount } }";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_json_query_returns_data()
    {
        var response = await _client.PostQueryAsync(Query);
        response.AssertNoErrors();
        Assert.Equal(GraphQLClient.GraphQLResponseJson, response.MediaType);
        Assert.True((int)response.Data["departments"]!["totalCount"]! >= 20);
    }

    [Fact]
    public async Task Get_query_returns_data()
    {
        var response = await _client.GetQueryAsync(Query);
        response.AssertNoErrors();
        Assert.True((int)response.Data["departments"]!["totalCount"]! >= 20);
    }

    [Fact]
    public async Task Get_with_variables_in_the_query_string()
    {
        var response = await _client.GetQueryAsync("query($c: String!) { department(code: $c) { code } }", variables: "{\"c\":\"GAJ\"}");
        Assert.Equal("GAJ", (string?)response.AssertNoErrors().Data["department"]!["code"]);
    }

    [Fact]
    public async Task Post_application_graphql_body_is_the_query()
    {
        var response = await _client.PostRawAsync(Query, "application/graphql");
        response.AssertNoErrors();
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    public async Task Response_media_type_follows_accept(string? accept, string expected)
    {
        var response = await _client.PostQueryAsync(Query, accept: accept);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
    }

    [Fact]
    public async Task Accept_without_a_json_type_is_406()
    {
        var response = await _client.PostQueryAsync(Query, accept: "text/html");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Contains("NOT_ACCEPTABLE", response.ErrorCodes);
    }

    [Fact]
    public async Task Syntax_error_is_400_under_graphql_response_json()
    {
        var response = await _client.PostQueryAsync("{ departments(", accept: GraphQLClient.GraphQLResponseJson);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Body["data"]);
        Assert.Contains("SYNTAX_ERROR", response.ErrorCodes);
    }

    [Fact]
    public async Task Syntax_error_is_200_under_application_json()
    {
        var response = await _client.PostQueryAsync("{ departments(", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Body["data"]);
        Assert.NotEmpty(response.Errors);
    }

    [Fact]
    public async Task Validation_error_is_400_with_a_code()
    {
        var response = await _client.PostQueryAsync("{ departments { noSuchField } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.All(response.ErrorCodes, code => Assert.False(string.IsNullOrEmpty(code)));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData(GraphQLClient.GraphQLResponseJson)]
    public async Task Missing_query_is_400_for_every_media_type(string accept)
    {
        var response = await _client.PostRawAsync("{\"variables\":{}}", "application/json", accept);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("QUERY_MISSING", response.ErrorCodes);
    }

    [Theory]
    [InlineData("{\"query\":")]
    [InlineData("")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\":\"{ __typename }\", \"variables\": \"x\"}")]
    [InlineData("[1, 2]")]
    public async Task Unparsable_body_is_400(string body)
    {
        var response = await _client.PostRawAsync(body, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Single(response.Errors);
        Assert.False(string.IsNullOrEmpty(response.ErrorCodes.Single()));
    }

    [Fact]
    public async Task Get_with_bad_variables_json_is_400()
    {
        var response = await _client.GetQueryAsync(Query, variables: "{not json");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("INVALID_JSON", response.ErrorCodes);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task Unsupported_content_type_is_415(string? contentType)
    {
        var response = await _client.PostRawAsync("{\"query\":\"{ __typename }\"}", contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Contains("UNSUPPORTED_MEDIA_TYPE", response.ErrorCodes);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData(GraphQLClient.GraphQLResponseJson)]
    public async Task Mutation_over_get_is_405(string accept)
    {
        var response = await _client.GetQueryAsync("mutation { anything }", accept);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Contains("METHOD_NOT_ALLOWED", response.ErrorCodes);
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow_header()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Count > 0
            ? response.Content.Headers.Allow.OrderBy(m => m)
            : response.Headers.GetValues("Allow").SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)).OrderBy(m => m));
    }

    [Fact]
    public async Task Batched_requests_return_an_array_in_order()
    {
        var body = "[{\"query\":\"{ department(code: \\\"GAJ\\\") { code } }\"},{\"query\":\"{ nope }\"},{\"query\":\"{ programme(code: \\\"EGOV\\\") { code } }\"}]";
        var response = await _client.PostRawAsync(body, "application/json");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var results = Assert.IsType<JArray>(response.Body);
        Assert.Equal(3, results.Count);
        Assert.Equal("GAJ", (string?)results[0]["data"]!["department"]!["code"]);
        Assert.NotNull(results[1]["errors"]);
        Assert.Equal("EGOV", (string?)results[2]["data"]!["programme"]!["code"]);
    }

    [Fact]
    public async Task A_batch_of_one_is_still_an_array()
    {
        var response = await _client.PostRawAsync("[{\"query\":\"{ __typename }\"}]", "application/json");
        Assert.Single(Assert.IsType<JArray>(response.Body));
    }

    [Fact]
    public async Task Oversized_batch_is_refused()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat("{\"query\":\"{ __typename }\"}", 11)) + "]";
        var response = await _client.PostRawAsync(body, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("BATCH_TOO_LARGE", response.ErrorCodes);
    }

    [Fact]
    public async Task Oversized_query_is_refused()
    {
        var response = await _client.PostQueryAsync("{ __typename " + new string(' ', 20_001) + "}");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("QUERY_TOO_LARGE", response.ErrorCodes);
    }

    [Fact]
    public async Task Field_errors_keep_the_status_200_and_carry_a_code_and_path()
    {
        var response = await _client.PostQueryAsync("{ node(id: \"not-an-id\") { id } }");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var error = Assert.Single(response.Errors);
        Assert.Equal("INVALID_ID", (string?)error["extensions"]!["code"]);
        Assert.Equal("node", (string?)error["path"]![0]);
    }

    [Fact]
    public async Task Errors_outside_development_have_no_exception_details()
    {
        var response = await _client.PostQueryAsync("{ projects(first: 500) { totalCount } }");
        var error = Assert.Single(response.Errors);
        Assert.Null(error["extensions"]!["details"]);
        Assert.DoesNotContain(" at InfoGov", response.Body.ToString());
    }

    [Fact]
    public async Task The_standard_introspection_query_is_accepted()
    {
        var response = await factory.ClientAs("GAJ", "Gov.Staff").PostQueryAsync(IntrospectionQuery.Text);
        response.AssertNoErrors();
        Assert.Equal("Query", (string?)response.Data["__schema"]!["queryType"]!["name"]);
    }

    [Fact]
    public async Task Introspection_outside_development_needs_a_token()
    {
        var response = await _client.PostQueryAsync(IntrospectionQuery.Text);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", response.ErrorCodes);
        (await _client.PostQueryAsync("{ __typename }")).AssertNoErrors();
    }

    [Fact]
    public async Task Subscriptions_are_refused_over_post()
    {
        var response = await _client.PostQueryAsync("subscription { x }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }
}
