using System.Text;
using System.Text.Json;
using GraphQL;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.RateLimiting;

namespace InfoGov.Api.Features.Export;

/// <summary>
/// <c>GET /catalog/{code}/schema.json</c>: a catalog entry's JSON Schema (<c>DataResource.jsonSchema</c>), served as
/// <c>application/schema+json</c> to those who may read the entry's data items (government users and exchange
/// systems; 401/403 otherwise, as the field is), a coded 404 for an entry the caller does not see.
/// </summary>
public static class ResourceSchemaEndpoint
{
    private const string Query = "query($c: String!) { dataResource(code: $c) { jsonSchema } }";

    public static IEndpointRouteBuilder MapResourceSchemas(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/catalog/{code}/schema.json", async (string code, HttpContext http, CallerQuery query, IGraphQLTextSerializer serializer, RequestRateLimiter rateLimiter) =>
        {
            if (!(await rateLimiter.TakeAsync(http, 1)).Granted)
                return CsvExportEndpoint.Problem(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, RequestRateLimiter.RefusalMessage);
            var result = await query.RunAsync(http, Query, new() { ["c"] = code });
            if (AccessDeniedError.StatusOf(result.Errors) is { } status)
                return CsvExportEndpoint.Problem(status, result.Errors![0].Code ?? ErrorCodes.NotAuthorized, result.Errors[0].Message);
            using var answer = JsonDocument.Parse(serializer.Serialize(result));
            if (!answer.RootElement.TryGetProperty("data", out var data) || data.GetProperty("dataResource").ValueKind != JsonValueKind.Object)
                return CsvExportEndpoint.Problem(StatusCodes.Status404NotFound, "NOT_FOUND", $"No catalog entry has the code '{code}'.");
            if (data.GetProperty("dataResource").GetProperty("jsonSchema").GetString() is not { } schema)
                return CsvExportEndpoint.Problem(StatusCodes.Status403Forbidden, ErrorCodes.NotAuthorized, result.Errors?.FirstOrDefault()?.Message ?? "The entry's data items are not for this caller.");
            http.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Text(schema, "application/schema+json; charset=utf-8", Encoding.UTF8);
        }).AddEndpointFilter<RefusedTokenFilter>();
        return endpoints;
    }
}
