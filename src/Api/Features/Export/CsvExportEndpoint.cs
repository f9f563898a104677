using System.Text;
using System.Text.Json;
using GraphQL;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.RateLimiting;

namespace InfoGov.Api.Features.Export;

/// <summary>
/// <c>GET /export/{name}.csv</c>: runs the export's GraphQL query as the caller, page by page with
/// the connection's keyset cursors, and writes the rows as CSV (UTF-8 with a byte-order mark, so
/// spreadsheet programs read Chinese text right). The caller's access rules apply as to any query:
/// the fullest tier of columns it may read, or 401/403. Each page costs a rate-limit permit; at most
/// <see cref="MaxRows"/> rows.
/// </summary>
public static class CsvExportEndpoint
{
    public const int MaxRows = 10_000;

    public static IEndpointRouteBuilder MapCsvExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/{name}.csv", async (string name, HttpContext http, CallerQuery query, IGraphQLTextSerializer serializer, RequestRateLimiter rateLimiter) =>
        {
            if (CsvExports.All.FirstOrDefault(e => e.Name == name) is not { } export)
                return Problem(StatusCodes.Status404NotFound, "NOT_FOUND", $"No export '{name}'. Exports: {string.Join(", ", CsvExports.All.Select(e => e.Name + ".csv"))}.");

            ExecutionResult? refusal = null;
            foreach (var columns in export.Tiers)
            {
                refusal = null;
                var document = export.DocumentOf(columns);
                var rows = new List<string?[]>();
                string? after = null;
                do
                {
                    if (!(await rateLimiter.TakeAsync(http, 1)).Granted)
                        return Problem(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, RequestRateLimiter.RefusalMessage);
                    var result = await query.RunAsync(http, document, new() { ["after"] = after });
                    if (!result.Executed || result.Errors is { Count: > 0 })
                    {
                        refusal = result;
                        break;
                    }
                    using var page = JsonDocument.Parse(serializer.Serialize(result));
                    var connection = page.RootElement.GetProperty("data").GetProperty(export.Connection);
                    foreach (var node in connection.GetProperty("nodes").EnumerateArray())
                        rows.Add([.. columns.Select(c => ValueAt(node, c.Path))]);
                    var info = connection.GetProperty("pageInfo");
                    after = info.GetProperty("hasNextPage").GetBoolean() && rows.Count < MaxRows ? info.GetProperty("endCursor").GetString() : null;
                }
                while (after is not null);
                // Refused for access: a plainer tier may be readable. Any other error ends the export.
                if (refusal is not null)
                {
                    if (AccessDeniedError.StatusOf(refusal.Errors) is null) break;
                    continue;
                }
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{export.Name}.csv\"";
                http.Response.Headers.CacheControl = "private, no-store";
                return Results.Text(Csv(columns, rows.Take(MaxRows)), "text/csv; charset=utf-8", Encoding.UTF8);
            }
            var error = refusal?.Errors?.FirstOrDefault();
            var status = AccessDeniedError.StatusOf(refusal?.Errors) ?? StatusCodes.Status500InternalServerError;
            return Problem(status, error?.Code ?? ErrorCodes.Internal, error?.Message ?? "The export failed.");
        }).AddEndpointFilter<RefusedTokenFilter>();
        return endpoints;
    }

    /// <summary>An error of an export, in the GraphQL error shape clients already read.</summary>
    internal static IResult Problem(int status, string code, string message) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code } } } }, statusCode: status);

    private static string? ValueAt(JsonElement node, string path)
    {
        foreach (var part in path.Split('.'))
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(part, out node)) return null;
        }
        return node.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => Defused(node.GetString()!),
            _ => node.GetRawText(), // numbers and booleans as JSON writes them
        };
    }

    // A text cell starting with = + - @ would be run as a formula by a spreadsheet: quote it as text.
    private static string Defused(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;

    private static string Csv(IReadOnlyList<CsvColumn> columns, IEnumerable<string?[]> rows)
    {
        var csv = new StringBuilder("\uFEFF");
        csv.AppendJoin(',', columns.Select(c => Field(c.Header))).Append("\r\n");
        foreach (var row in rows) csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
        return csv.ToString();
    }

    private static string Field(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
