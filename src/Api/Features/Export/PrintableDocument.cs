using System.Net;
using System.Text;
using System.Text.Json;
using GraphQL;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.RateLimiting;

namespace InfoGov.Api.Features.Export;

/// <summary>
/// What the printable HTML documents (the monthly bulletin, a meeting's record) share: running their query as the
/// caller, tier by tier from the fullest, the page with its one inline style sheet, and numbered tables with a count.
/// </summary>
public static class PrintableDocument
{
    /// <summary>At most this many rows of a table are asked for and printed.</summary>
    public const int MaxRows = 100;

    /// <summary>
    /// Runs each document of <paramref name="tiers"/> as the caller until one is allowed, and renders its
    /// <c>data</c>; <paramref name="render"/> returns null when the object asked for does not exist (404). Refusals
    /// come as the GraphQL endpoint's (401/403), coded.
    /// </summary>
    public static async Task<IResult> RespondAsync(HttpContext http, CallerQuery query, IGraphQLTextSerializer serializer, RequestRateLimiter rateLimiter,
        IEnumerable<string> tiers, Dictionary<string, object?> variables, Func<JsonElement, string?> render, string notFound)
    {
        ExecutionResult? refusal = null;
        foreach (var document in tiers)
        {
            if (!(await rateLimiter.TakeAsync(http, 1)).Granted)
                return CsvExportEndpoint.Problem(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, RequestRateLimiter.RefusalMessage);
            var result = await query.RunAsync(http, document, variables);
            if (result.Executed && result.Errors is not { Count: > 0 })
            {
                using var json = JsonDocument.Parse(serializer.Serialize(result));
                if (render(json.RootElement.GetProperty("data")) is not { } html)
                    return CsvExportEndpoint.Problem(StatusCodes.Status404NotFound, UserError.NotFound, notFound);
                http.Response.Headers.CacheControl = "private, no-store";
                // The document is self-contained: its one inline style sheet, nothing to load or run.
                http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
                return Results.Text(html, "text/html; charset=utf-8", Encoding.UTF8);
            }
            refusal = result;
            if (AccessDeniedError.StatusOf(result.Errors) is null) break;
        }
        var error = refusal?.Errors?.FirstOrDefault();
        return CsvExportEndpoint.Problem(AccessDeniedError.StatusOf(refusal?.Errors) ?? StatusCodes.Status500InternalServerError,
            error?.Code ?? ErrorCodes.Internal, error?.Message ?? "The document could not be made.");
    }

    /// <summary>The page up to its first section: title, style, centred heading and the line under it.</summary>
    public static StringBuilder Begin(string title, string heading, string meta) => new StringBuilder()
        .Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(title)).Append("</title><style>")
        .Append("body{font-family:\"Noto Serif CJK SC\",\"Songti SC\",serif;max-width:820px;margin:2em auto;line-height:1.6}")
        .Append("h1{text-align:center}table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #888;padding:4px 8px;text-align:left}")
        .Append(".meta{text-align:center;color:#444}@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}tr{page-break-inside:avoid}}")
        .Append("</style></head><body>")
        .Append("<h1>").Append(WebUtility.HtmlEncode(heading)).Append("</h1><p class=\"meta\">").Append(WebUtility.HtmlEncode(meta)).Append("</p>");

    public static string End(StringBuilder html) => html.Append("</body></html>").ToString();

    /// <summary>A section of a connection: its heading with the count, "无。" when empty, else a table of the nodes
    /// fetched (a note when there were more).</summary>
    public static void Table(StringBuilder html, string heading, JsonElement connection, string[] headers, Func<JsonElement, IEnumerable<string?>> cells)
    {
        var count = connection.GetProperty("totalCount").GetInt32();
        var nodes = connection.GetProperty("nodes");
        html.Append("<h2>").Append(WebUtility.HtmlEncode(heading)).Append('（').Append(count).Append("项）</h2>");
        if (count == 0)
        {
            html.Append("<p>无。</p>");
            return;
        }
        html.Append("<table><tr>").AppendJoin("", headers.Select(h => $"<th>{WebUtility.HtmlEncode(h)}</th>")).Append("</tr>");
        foreach (var node in nodes.EnumerateArray())
            html.Append("<tr>").AppendJoin("", cells(node).Select(c => $"<td>{WebUtility.HtmlEncode(c ?? "")}</td>")).Append("</tr>");
        html.Append("</table>");
        if (count > nodes.GetArrayLength()) html.Append("<p>（仅列出前").Append(nodes.GetArrayLength()).Append("项）</p>");
    }

    /// <summary>A section of running text, a paragraph per line.</summary>
    public static void Text(StringBuilder html, string heading, string? text)
    {
        html.Append("<h2>").Append(WebUtility.HtmlEncode(heading)).Append("</h2>");
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
    }

    /// <summary>A string property of a node (null when null).</summary>
    public static string? Of(JsonElement node, string property) => node.GetProperty(property).GetString();
}
