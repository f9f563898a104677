using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.TestHost;

/// <summary>Sends GraphQL requests over HTTP to the test host.</summary>
public static class GraphQLClient
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static Task<GraphQLResponse> PostQueryAsync(this HttpClient client, string query, object? variables = null, string? accept = GraphQLResponseJson) =>
        client.PostRawAsync(JsonConvert.SerializeObject(new { query, variables }), "application/json", accept);

    public static async Task<GraphQLResponse> PostRawAsync(this HttpClient client, string body, string? contentType, string? accept = GraphQLResponseJson)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(client, request);
    }

    public static async Task<GraphQLResponse> GetQueryAsync(this HttpClient client, string query, string? accept = GraphQLResponseJson, string? variables = null)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query) + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(client, request);
    }

    public static async Task<GraphQLResponse> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JToken body;
        try
        {
            body = string.IsNullOrEmpty(text) ? JValue.CreateNull() : Parse(text);
        }
        catch (JsonReaderException)
        {
            body = new JValue(text);
        }
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    /// <summary>Parses JSON as sent: dates stay strings and decimals stay exact.</summary>
    public static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        return JToken.ReadFrom(reader);
    }
}
