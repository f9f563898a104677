using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using GraphQL;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.RateLimiting;

namespace InfoGov.Api.Features.Export;

/// <summary>
/// <c>GET /bulletins/{yyyy-MM}</c>: the monthly bulletin as a printable HTML document in Chinese.
/// It runs the <c>bulletin</c> query as the caller, so it shows what the caller may read: the fund
/// section only for those who may read amounts, 401/403 for those who may read none of it.
/// </summary>
public static class BulletinDocument
{
    private const string Projects = "totalCount nodes { code name department { name } }";

    private static string Query(bool money) => $$"""
        query($m: DateOnly!) { bulletin(month: $m) {
          started(first: 100) { {{Projects}} } finished(first: 100) { {{Projects}} }
          behindSchedule(first: 100) { totalCount nodes { code name department { name } scheduleVariance { ratio } } }
          overBudget(first: 100) { totalCount nodes { code name department { name } costVariance { ratio } } }
          reportsMissing(first: 100) { {{Projects}} } stale(first: 100) { totalCount nodes { code } }
          reviewsOverdue(first: 100) { totalCount nodes { code name department { name } reviewDueOn } }
          overdueRectifications(first: 100) { totalCount nodes { number requirement owner dueOn inspection { code department { name } } } }
          lateMilestones(first: 100) { totalCount nodes { name dueOn completedOn project { code name department { name } } } }
          changeRequestsDecided(first: 100) { totalCount nodes { kind status decidedAt project { code name } } }
          reviewsAgainstPanel(first: 100) { totalCount nodes { conclusion majorityRecommendation contraryReason project { code name } } }
          {{(money ? "allocated { amount } spent { amount }" : "")}} } }
        """;

    public static IEndpointRouteBuilder MapBulletins(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/bulletins/{month}", async (string month, HttpContext http, CallerQuery query, IGraphQLTextSerializer serializer, RequestRateLimiter rateLimiter) =>
        {
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
                return CsvExportEndpoint.Problem(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, $"'{month}' is not a month; write it as yyyy-MM, e.g. 2026-10.");
            if (!Engine.Common.Clock.Covers(first))
                return CsvExportEndpoint.Problem(StatusCodes.Status400BadRequest, ErrorCodes.InvalidArgument,
                    $"The month {month} is outside the calendar: give one from {Engine.Common.Clock.FirstYear}-01 to {Engine.Common.Clock.LastYear}-12.");
            ExecutionResult? refusal = null;
            foreach (var money in new[] { true, false })
            {
                if (!(await rateLimiter.TakeAsync(http, 1)).Granted)
                    return CsvExportEndpoint.Problem(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, RequestRateLimiter.RefusalMessage);
                var result = await query.RunAsync(http, Query(money), new() { ["m"] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
                if (result.Executed && result.Errors is not { Count: > 0 })
                {
                    using var json = JsonDocument.Parse(serializer.Serialize(result));
                    http.Response.Headers.CacheControl = "private, no-store";
                    // The document is self-contained: its one inline style sheet, nothing to load or run.
                    http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
                    return Results.Text(Render(first, json.RootElement.GetProperty("data").GetProperty("bulletin")), "text/html; charset=utf-8", Encoding.UTF8);
                }
                refusal = result;
                if (AccessDeniedError.StatusOf(result.Errors) is null) break;
            }
            var error = refusal?.Errors?.FirstOrDefault();
            return CsvExportEndpoint.Problem(AccessDeniedError.StatusOf(refusal?.Errors) ?? StatusCodes.Status500InternalServerError,
                error?.Code ?? ErrorCodes.Internal, error?.Message ?? "The bulletin could not be made.");
        }).AddEndpointFilter<RefusedTokenFilter>();
        return endpoints;
    }

    private static string Render(DateOnly month, JsonElement bulletin)
    {
        var title = $"信息化项目月度通报（{month.Year}年{month.Month}月）";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(title).Append("</title><style>")
            .Append("body{font-family:\"Noto Serif CJK SC\",\"Songti SC\",serif;max-width:820px;margin:2em auto;line-height:1.6}")
            .Append("h1{text-align:center}table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #888;padding:4px 8px;text-align:left}")
            .Append(".meta{text-align:center;color:#444}@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}tr{page-break-inside:avoid}}")
            .Append("</style></head><body>");
        html.Append("<h1>信息化项目月度通报</h1><p class=\"meta\">").Append(month.Year).Append('年').Append(month.Month).Append("月 · 市信息化委员会办公室</p>");

        var stale = bulletin.GetProperty("stale").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()).ToHashSet();
        Section(html, "一、本月开工项目", bulletin.GetProperty("started"), ["项目编号", "项目名称", "建设单位"], _ => []);
        Section(html, "二、本月通过验收项目", bulletin.GetProperty("finished"), ["项目编号", "项目名称", "建设单位"], _ => []);
        Section(html, "三、进度滞后项目（滞后超过10%）", bulletin.GetProperty("behindSchedule"), ["项目编号", "项目名称", "建设单位", "进度偏差"],
            n => [Percent(n.GetProperty("scheduleVariance"))]);
        Section(html, "四、超支项目（超出挣值10%以上）", bulletin.GetProperty("overBudget"), ["项目编号", "项目名称", "建设单位", "费用偏差"],
            n => [Percent(n.GetProperty("costVariance"))]);
        Section(html, "五、未报送本月进度报告的项目", bulletin.GetProperty("reportsMissing"), ["项目编号", "项目名称", "建设单位", "备注"],
            n => [stale.Contains(n.GetProperty("code").GetString()) ? "连续两个月以上未报送" : ""]);

        var changes = bulletin.GetProperty("changeRequestsDecided");
        html.Append("<h2>六、本月审定的变更申请（").Append(changes.GetProperty("totalCount").GetInt32()).Append("项）</h2>");
        if (changes.GetProperty("totalCount").GetInt32() == 0) html.Append("<p>无。</p>");
        else
        {
            html.Append("<table><tr><th>项目编号</th><th>项目名称</th><th>变更类型</th><th>审定结果</th></tr>");
            foreach (var change in changes.GetProperty("nodes").EnumerateArray())
            {
                var project = change.GetProperty("project");
                Row(html, [Text(project, "code"), Text(project, "name"), change.GetProperty("kind").GetString(), change.GetProperty("status").GetString() == "APPROVED" ? "批准" : "不予批准"]);
            }
            html.Append("</table>");
        }

        var contrary = bulletin.GetProperty("reviewsAgainstPanel");
        html.Append("<h2>七、未采纳专家多数意见的评审结论（").Append(contrary.GetProperty("totalCount").GetInt32()).Append("项）</h2>");
        if (contrary.GetProperty("totalCount").GetInt32() == 0) html.Append("<p>无。</p>");
        else
        {
            html.Append("<table><tr><th>项目编号</th><th>项目名称</th><th>专家多数意见</th><th>评审结论</th><th>理由</th></tr>");
            foreach (var review in contrary.GetProperty("nodes").EnumerateArray())
            {
                var project = review.GetProperty("project");
                Row(html, [Text(project, "code"), Text(project, "name"), Text(review, "majorityRecommendation"), Text(review, "conclusion"), Text(review, "contraryReason")]);
            }
            html.Append("</table>");
        }

        Section(html, "八、逾期未组织专家评审的项目", bulletin.GetProperty("reviewsOverdue"), ["项目编号", "项目名称", "建设单位", "评审截止日期"],
            n => [Text(n, "reviewDueOn")]);

        var late = bulletin.GetProperty("lateMilestones");
        var lateCount = late.GetProperty("totalCount").GetInt32();
        html.Append("<h2>九、里程碑逾期的项目（").Append(lateCount).Append("项）</h2>");
        if (lateCount == 0) html.Append("<p>无。</p>");
        else
        {
            html.Append("<table><tr><th>项目编号</th><th>项目名称</th><th>建设单位</th><th>里程碑</th><th>计划日期</th><th>完成日期</th></tr>");
            foreach (var milestone in late.GetProperty("nodes").EnumerateArray())
            {
                var project = milestone.GetProperty("project");
                Row(html, [Text(project, "code"), Text(project, "name"), project.GetProperty("department").GetProperty("name").GetString(),
                    Text(milestone, "name"), Text(milestone, "dueOn"), Text(milestone, "completedOn") ?? "未完成"]);
            }
            html.Append("</table>");
            if (lateCount > late.GetProperty("nodes").GetArrayLength()) html.Append("<p>（仅列出前100项）</p>");
        }

        var overdue = bulletin.GetProperty("overdueRectifications");
        var overdueCount = overdue.GetProperty("totalCount").GetInt32();
        html.Append("<h2>十、逾期未整改的事项（").Append(overdueCount).Append("项）</h2>");
        if (overdueCount == 0) html.Append("<p>无。</p>");
        else
        {
            html.Append("<table><tr><th>检查编号</th><th>被检查单位</th><th>序号</th><th>整改要求</th><th>责任人</th><th>整改期限</th></tr>");
            foreach (var item in overdue.GetProperty("nodes").EnumerateArray())
            {
                var inspection = item.GetProperty("inspection");
                Row(html, [Text(inspection, "code"), inspection.GetProperty("department").GetProperty("name").GetString(),
                    item.GetProperty("number").GetInt32().ToString(CultureInfo.InvariantCulture), Text(item, "requirement"), Text(item, "owner"), Text(item, "dueOn")]);
            }
            html.Append("</table>");
            if (overdueCount > overdue.GetProperty("nodes").GetArrayLength()) html.Append("<p>（仅列出前100项）</p>");
        }

        if (bulletin.TryGetProperty("allocated", out var allocated))
            html.Append("<h2>十一、专项资金使用</h2><p>本月下达专项资金 ").Append(Yuan(allocated)).Append(" 元，支付项目资金 ")
                .Append(Yuan(bulletin.GetProperty("spent"))).Append(" 元。</p>");
        return html.Append("</body></html>").ToString();
    }

    private static void Section(StringBuilder html, string heading, JsonElement connection, string[] headers, Func<JsonElement, string?[]> extra)
    {
        var count = connection.GetProperty("totalCount").GetInt32();
        html.Append("<h2>").Append(heading).Append('（').Append(count).Append("项）</h2>");
        if (count == 0)
        {
            html.Append("<p>无。</p>");
            return;
        }
        html.Append("<table><tr>").AppendJoin("", headers.Select(h => $"<th>{h}</th>")).Append("</tr>");
        foreach (var node in connection.GetProperty("nodes").EnumerateArray())
            Row(html, [Text(node, "code"), Text(node, "name"), node.GetProperty("department").GetProperty("name").GetString(), .. extra(node)]);
        html.Append("</table>");
        if (count > connection.GetProperty("nodes").GetArrayLength()) html.Append("<p>（仅列出前100项）</p>");
    }

    private static void Row(StringBuilder html, IEnumerable<string?> cells) =>
        html.Append("<tr>").AppendJoin("", cells.Select(c => $"<td>{WebUtility.HtmlEncode(c ?? "")}</td>")).Append("</tr>");

    private static string? Text(JsonElement node, string property) => node.GetProperty(property).GetString();

    private static string Percent(JsonElement variance) =>
        variance.ValueKind == JsonValueKind.Null ? "" : (variance.GetProperty("ratio").GetDecimal() * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Yuan(JsonElement money) => money.GetProperty("amount").GetDecimal().ToString("#,0.00", CultureInfo.InvariantCulture);
}
