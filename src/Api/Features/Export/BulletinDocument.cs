using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphQL;
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
    private const string ProjectList = "totalCount nodes { code name department { name } }";

    private static string Query(bool money) => $$"""
        query($m: DateOnly!) { bulletin(month: $m) {
          started(first: 100) { {{ProjectList}} } finished(first: 100) { {{ProjectList}} }
          behindSchedule(first: 100) { totalCount nodes { code name department { name } scheduleVariance { ratio } } }
          overBudget(first: 100) { totalCount nodes { code name department { name } costVariance { ratio } } }
          reportsMissing(first: 100) { {{ProjectList}} } stale(first: 100) { totalCount nodes { code } }
          reviewsOverdue(first: 100) { totalCount nodes { code name department { name } reviewDueOn } }
          overdueRectifications(first: 100) { totalCount nodes { number requirement owner dueOn inspection { code department { name } } } }
          openDataNeeds(first: 100) { totalCount nodes { code title publishedOn status answerDueOn isOverdue requester { name } provider { name } } }
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
            return await PrintableDocument.RespondAsync(http, query, serializer, rateLimiter, [Query(money: true), Query(money: false)],
                new() { ["m"] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, data => Render(first, data.GetProperty("bulletin")), "No bulletin.");
        }).AddEndpointFilter<RefusedTokenFilter>();
        return endpoints;
    }

    private static string Render(DateOnly month, JsonElement bulletin)
    {
        var html = PrintableDocument.Begin($"信息化项目月度通报（{month.Year}年{month.Month}月）", "信息化项目月度通报", $"{month.Year}年{month.Month}月 · 市信息化委员会办公室");
        var stale = bulletin.GetProperty("stale").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()).ToHashSet();
        Projects(html, "一、本月开工项目", bulletin.GetProperty("started"), [], _ => []);
        Projects(html, "二、本月通过验收项目", bulletin.GetProperty("finished"), [], _ => []);
        Projects(html, "三、进度滞后项目（滞后超过10%）", bulletin.GetProperty("behindSchedule"), ["进度偏差"], n => [Percent(n.GetProperty("scheduleVariance"))]);
        Projects(html, "四、超支项目（超出挣值10%以上）", bulletin.GetProperty("overBudget"), ["费用偏差"], n => [Percent(n.GetProperty("costVariance"))]);
        Projects(html, "五、未报送本月进度报告的项目", bulletin.GetProperty("reportsMissing"), ["备注"],
            n => [stale.Contains(n.GetProperty("code").GetString()) ? "连续两个月以上未报送" : ""]);
        PrintableDocument.Table(html, "六、本月审定的变更申请", bulletin.GetProperty("changeRequestsDecided"), ["项目编号", "项目名称", "变更类型", "审定结果"],
            c => [Of(c.GetProperty("project"), "code"), Of(c.GetProperty("project"), "name"), Of(c, "kind"), Of(c, "status") == "APPROVED" ? "批准" : "不予批准"]);
        PrintableDocument.Table(html, "七、未采纳专家多数意见的评审结论", bulletin.GetProperty("reviewsAgainstPanel"), ["项目编号", "项目名称", "专家多数意见", "评审结论", "理由"],
            r => [Of(r.GetProperty("project"), "code"), Of(r.GetProperty("project"), "name"), Of(r, "majorityRecommendation"), Of(r, "conclusion"), Of(r, "contraryReason")]);
        Projects(html, "八、逾期未组织专家评审的项目", bulletin.GetProperty("reviewsOverdue"), ["评审截止日期"], n => [Of(n, "reviewDueOn")]);
        PrintableDocument.Table(html, "九、里程碑逾期的项目", bulletin.GetProperty("lateMilestones"), ["项目编号", "项目名称", "建设单位", "里程碑", "计划日期", "完成日期"],
            m => [.. ProjectCells(m.GetProperty("project")), Of(m, "name"), Of(m, "dueOn"), Of(m, "completedOn") ?? "未完成"]);
        PrintableDocument.Table(html, "十、逾期未整改的事项", bulletin.GetProperty("overdueRectifications"), ["检查编号", "被检查单位", "序号", "整改要求", "责任人", "整改期限"],
            i => [Of(i.GetProperty("inspection"), "code"), i.GetProperty("inspection").GetProperty("department").GetProperty("name").GetString(),
                i.GetProperty("number").GetInt32().ToString(CultureInfo.InvariantCulture), Of(i, "requirement"), Of(i, "owner"), Of(i, "dueOn")]);
        PrintableDocument.Table(html, "十一、未办结的数据需求", bulletin.GetProperty("openDataNeeds"), ["需求编号", "需求内容", "提出单位", "发布日期", "承办单位", "答复期限", "状态"],
            n => [Of(n, "code"), Of(n, "title"), Name(n, "requester"), Of(n, "publishedOn"), Name(n, "provider") ?? "待分办", Of(n, "answerDueOn") ?? "",
                Of(n, "status") == "PUBLISHED" ? "待分办" : n.GetProperty("isOverdue").GetBoolean() ? "逾期未答复" : "答复中"]);
        if (bulletin.TryGetProperty("allocated", out var allocated))
            html.Append("<h2>十二、专项资金使用</h2><p>本月下达专项资金 ").Append(Yuan(allocated)).Append(" 元，支付项目资金 ")
                .Append(Yuan(bulletin.GetProperty("spent"))).Append(" 元。</p>");
        return PrintableDocument.End(html);
    }

    /// <summary>A section listing projects: code, name, owning department, then <paramref name="headers"/>' cells.</summary>
    private static void Projects(StringBuilder html, string heading, JsonElement connection, string[] headers, Func<JsonElement, string?[]> extra) =>
        PrintableDocument.Table(html, heading, connection, ["项目编号", "项目名称", "建设单位", .. headers], n => [.. ProjectCells(n), .. extra(n)]);

    private static string?[] ProjectCells(JsonElement project) =>
        [Of(project, "code"), Of(project, "name"), project.GetProperty("department").GetProperty("name").GetString()];

    private static string? Of(JsonElement node, string property) => PrintableDocument.Of(node, property);

    /// <summary>The name of a department the node names, or null when there is none (or the caller does not see it).</summary>
    private static string? Name(JsonElement node, string property) =>
        node.GetProperty(property) is { ValueKind: JsonValueKind.Object } department ? PrintableDocument.Of(department, "name") : null;

    private static string Percent(JsonElement variance) =>
        variance.ValueKind == JsonValueKind.Null ? "" : (variance.GetProperty("ratio").GetDecimal() * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Yuan(JsonElement money) => money.GetProperty("amount").GetDecimal().ToString("#,0.00", CultureInfo.InvariantCulture);
}
