using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace InfoGov.Api.Engine.Http;

/// <summary>
/// What browsers and caches need, from ASP.NET Core's own middleware: CORS for portal pages on other
/// origins (<c>Cors:AllowedOrigins</c>; none unless configured), and gzip/brotli response compression.
/// Cross-site form posts stay refused: the endpoint accepts JSON bodies only, which a form cannot send.
/// </summary>
public static class BrowserAccess
{
    public const string CorrelationHeader = "X-Correlation-Id";

    /// <summary>Response headers a script on another origin may read.</summary>
    public static readonly string[] ExposedHeaders =
        [CorrelationHeader, "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After", "ETag"];

    public static IServiceCollection AddBrowserAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            policy.WithOrigins(origins)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", "Authorization", "Accept")
                .WithExposedHeaders(ExposedHeaders)
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        }));
        services.AddResponseCompression(compression =>
        {
            // Off over HTTPS (the default): compressing secrets next to attacker-chosen text invites BREACH.
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = [GraphQLMediaTypes.GraphQLResponseJson, GraphQLMediaTypes.Json];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static WebApplication UseBrowserAccess(this WebApplication app)
    {
        // Every response states its type is meant (no sniffing a JSON or CSV body into HTML).
        app.Use((http, next) =>
        {
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return next(http);
        });
        app.UseResponseCompression();
        app.UseCors();
        return app;
    }
}
