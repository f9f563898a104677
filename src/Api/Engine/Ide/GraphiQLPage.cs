using System.Net;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace InfoGov.Api.Engine.Ide;

/// <summary>
/// GraphiQL for browsers, when configured (<see cref="GraphiQLOptions"/>): a GET of the endpoint that
/// asks for HTML (a browser navigating to it) gets the IDE page; API clients, which ask for JSON,
/// are unaffected. Its scripts and styles are vendored under wwwroot/graphiql and served by the API
/// itself from /graphiql, so the IDE works without the internet; the page's Content-Security-Policy
/// lets it load nothing from elsewhere.
/// </summary>
public static class GraphiQLPage
{
    private const string AssetPath = "/graphiql";

    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplication UseGraphiQL(this WebApplication app, string endpoint)
    {
        var options = app.Services.GetRequiredService<GraphiQLOptions>();
        if (!options.Enabled) return app;
        var assets = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "graphiql");
        if (!File.Exists(Path.Combine(assets, "graphiql.min.js")))
            throw new InvalidOperationException($"GraphiQL:Enabled is set but its files are missing from {assets} (src/Api/Ide/update-graphiql.sh vendors them).");
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(assets),
            RequestPath = AssetPath,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.Use(async (http, next) =>
        {
            if (HttpMethods.IsGet(http.Request.Method) && http.Request.Path.Equals(endpoint, StringComparison.OrdinalIgnoreCase) && WantsHtml(http.Request))
            {
                await WritePageAsync(http, endpoint);
                return;
            }
            await next(http);
        });
        return app;
    }

    /// <summary>A browser's navigation asks for text/html; fetch() and GraphQL clients ask for JSON or anything.</summary>
    private static bool WantsHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
               && !accept.Any(a => a.MediaType.Value?.Contains("json", StringComparison.OrdinalIgnoreCase) == true);
    }

    private static Task WritePageAsync(HttpContext http, string endpoint)
    {
        var root = http.Request.PathBase.Value ?? "";
        var assets = WebUtility.HtmlEncode(root + AssetPath);
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return http.Response.WriteAsync($$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>InfoGov GraphQL</title>
              <link rel="icon" href="data:,">
              <link rel="stylesheet" href="{{assets}}/graphiql.min.css">
              <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
            </head>
            <body>
              <div id="graphiql">Loading GraphiQL…</div>
              <script src="{{assets}}/react.production.min.js"></script>
              <script src="{{assets}}/react-dom.production.min.js"></script>
              <script src="{{assets}}/graphiql.min.js"></script>
              <script src="{{assets}}/start.js" data-endpoint="{{WebUtility.HtmlEncode(root + endpoint)}}"></script>
            </body>
            </html>
            """);
    }
}
