using System.Security.Cryptography;
using System.Text;
using GraphQL;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Telemetry;
using Microsoft.Net.Http.Headers;

namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>
/// Writes the answer. Status codes follow the GraphQL-over-HTTP specification: under
/// application/graphql-response+json a request that did not execute is 400 (405 for a mutation over
/// GET, 401/403 for access errors alone); under application/json it is 200 with the errors. Every
/// result names the request's correlation id; an anonymous GET that succeeded may be cached briefly.
/// </summary>
public sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer, GraphQLEndpointOptions options)
{
    public Task WriteAsync(GraphQLExchange exchange, OperationOutcome outcome) =>
        WriteAsync(exchange, outcome.Status ?? StatusFor(outcome.Result, exchange.MediaType), outcome.Result);

    /// <summary>A batch's results, in order; the batch itself succeeded.</summary>
    public Task WriteAsync(GraphQLExchange exchange, IReadOnlyList<ExecutionResult> results) =>
        WriteAsync(exchange, StatusCodes.Status200OK, results);

    /// <summary>Refuses the whole request: one error, or for a batch one error per entry, in an array as long as the batch.</summary>
    public Task WriteRefusalAsync(GraphQLExchange exchange, TransportError error)
    {
        object body = exchange.Request is { IsBatch: true } batch
            ? batch.Requests.Select(_ => GraphQLErrors.Result(error.Code, error.Message)).ToList()
            : GraphQLErrors.Result(error.Code, error.Message);
        return WriteAsync(exchange, error.StatusCode, body);
    }

    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed) return StatusCodes.Status200OK;
        // A mutation over GET is refused for its method first, whatever else is wrong with it.
        if (result.Errors is { Count: > 0 } errors && errors.Any(e => e is MethodNotAllowedError))
            return StatusCodes.Status405MethodNotAllowed;
        if (result.Errors?.Any(e => e.Code == ErrorCodes.Internal) == true) return StatusCodes.Status500InternalServerError;
        if (mediaType != GraphQLMediaTypes.GraphQLResponseJson) return StatusCodes.Status200OK;
        // Access errors alone: 401 when the caller must authenticate, 403 when it lacks a role.
        return AccessDeniedError.StatusOf(result.Errors) ?? StatusCodes.Status400BadRequest;
    }

    /// <summary>The entity tag of a cacheable answer (an anonymous GET that succeeded without errors):
    /// a hash of its data, which leaves out the per-request correlation id; null for anything else.</summary>
    private string? CacheValidator(HttpContext http, int statusCode, object body)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || http.Request.Headers.Authorization.Count > 0 || statusCode != StatusCodes.Status200OK
            || body is not ExecutionResult { Executed: true, Errors: null or { Count: 0 } } result)
            return null;
        var data = serializer.Serialize(new ExecutionResult { Data = result.Data, Executed = true });
        return $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data)))[..32]}\"";
    }

    private async Task WriteAsync(GraphQLExchange exchange, int statusCode, object body)
    {
        var http = exchange.Http;
        // The correlation id ties a response to its log lines and audit entries.
        foreach (var result in body is ExecutionResult single ? [single] : (body as IEnumerable<ExecutionResult> ?? []))
            (result.Extensions ??= new Dictionary<string, object?>())["correlationId"] = CorrelationId.Of(http);
        if (statusCode == StatusCodes.Status405MethodNotAllowed && !http.Response.Headers.ContainsKey(HeaderNames.Allow))
            http.Response.Headers.Allow = "POST";
        if (statusCode == StatusCodes.Status401Unauthorized && !http.Response.Headers.ContainsKey(HeaderNames.WWWAuthenticate))
            http.Response.Headers.WWWAuthenticate = "Bearer";
        http.Response.Headers[BrowserAccess.CorrelationHeader] = CorrelationId.Of(http);
        if (CacheValidator(http, statusCode, body) is { } etag)
        {
            // Anonymous reads over GET are public data: shared caches may keep them briefly, and a client
            // holding the same answer gets 304 without a body.
            http.Response.Headers.ETag = etag;
            http.Response.Headers.CacheControl = $"public, max-age={options.AnonymousCacheSeconds}";
            http.Response.Headers.Vary = "Accept, Accept-Encoding, Authorization";
            if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        else
        {
            http.Response.Headers.CacheControl = http.Request.Headers.Authorization.Count > 0 ? "private, no-store" : "no-store";
        }
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = exchange.MediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, body, exchange.Aborted);
    }
}
