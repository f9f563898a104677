using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.RateLimiting;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Features.Export;

/// <summary>Downloads outside GraphQL: the open data catalog as DCAT-AP in JSON-LD and Turtle.</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/catalog.jsonld", (HttpContext http, InfoGovDbContext db, RequestRateLimiter rateLimiter) =>
            CatalogAsync(http, db, rateLimiter, "application/ld+json", graph => graph.ToJsonLd())).AddEndpointFilter<RefusedTokenFilter>();
        endpoints.MapGet("/export/catalog.ttl", (HttpContext http, InfoGovDbContext db, RequestRateLimiter rateLimiter) =>
            CatalogAsync(http, db, rateLimiter, "text/turtle", graph => graph.ToTurtle())).AddEndpointFilter<RefusedTokenFilter>();
        return endpoints;
    }

    private static async Task<IResult> CatalogAsync(HttpContext http, InfoGovDbContext db, RequestRateLimiter rateLimiter,
        string mediaType, Func<RdfGraph, string> write)
    {
        // Anonymous and a whole-catalog read: it draws on the caller's budget like a GraphQL request.
        if (!(await rateLimiter.TakeAsync(http, 1)).Granted)
            return CsvExportEndpoint.Problem(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
                RequestRateLimiter.RefusalMessage);
        var request = http.Request;
        var graph = await OpenDataCatalog.BuildAsync(db, $"{request.Scheme}://{request.Host}{request.PathBase}", http.RequestAborted);
        // The catalog is public data: harvesters and caches may keep it a while.
        http.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Text(write(graph), mediaType + "; charset=utf-8");
    }
}
