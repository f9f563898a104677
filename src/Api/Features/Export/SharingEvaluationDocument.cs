using System.Globalization;
using System.Text.Json;
using GraphQL;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.RateLimiting;

namespace InfoGov.Api.Features.Export;

/// <summary>
/// <c>GET /sharing-evaluations/{year}</c>: the yearly data-sharing evaluation of every department as a printable HTML
/// document in Chinese, from <c>Department.sharingEvaluation</c> run as the caller (government users; 401/403 otherwise).
/// </summary>
public static class SharingEvaluationDocument
{
    private const string Query = """
        query($y: Int!) { departments(first: 100) { totalCount nodes { code name sharingEvaluation(year: $y) {
          requestsReceived requestsAnsweredInTime needsRouted needsAnsweredInTime qualityIssuesReceived qualityIssuesAnsweredInTime
          entriesPublished entriesStale grantsHeld grantsUsed } } } }
        """;

    public static IEndpointRouteBuilder MapSharingEvaluations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sharing-evaluations/{year:int}", (int year, HttpContext http, CallerQuery query, IGraphQLTextSerializer serializer, RequestRateLimiter rateLimiter) =>
            year is < 2000 or > 2100
                ? Task.FromResult(CsvExportEndpoint.Problem(StatusCodes.Status400BadRequest, ErrorCodes.InvalidArgument, $"Give a year from 2000, not {year}."))
                : PrintableDocument.RespondAsync(http, query, serializer, rateLimiter, [Query], new() { ["y"] = year },
                    data => Render(year, data.GetProperty("departments")), "No evaluation.")).AddEndpointFilter<RefusedTokenFilter>();
        return endpoints;
    }

    private static string Render(int year, JsonElement departments)
    {
        var html = PrintableDocument.Begin($"政务数据共享年度评价（{year}年）", "政务数据共享年度评价", $"{year}年 · 市信息化委员会办公室");
        PrintableDocument.Table(html, "一、各部门数据共享情况", departments,
            ["部门", "共享申请（按期答复/应答复）", "数据需求（按期答复/应答复）", "质量问题（按期答复/应答复）", "已发布目录（其中未按期更新）", "持有授权（其中已使用）"],
            d =>
            {
                var e = d.GetProperty("sharingEvaluation");
                string Pair(string part, string whole) => $"{N(e, part)}/{N(e, whole)}";
                return [PrintableDocument.Of(d, "name"), Pair("requestsAnsweredInTime", "requestsReceived"), Pair("needsAnsweredInTime", "needsRouted"),
                    Pair("qualityIssuesAnsweredInTime", "qualityIssuesReceived"), $"{N(e, "entriesPublished")}（{N(e, "entriesStale")}）", $"{N(e, "grantsHeld")}（{N(e, "grantsUsed")}）"];
            });
        return PrintableDocument.End(html);
    }

    private static string N(JsonElement node, string property) => node.GetProperty(property).GetInt32().ToString(CultureInfo.InvariantCulture);
}
