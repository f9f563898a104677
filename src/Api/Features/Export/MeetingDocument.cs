using System.Globalization;
using System.Text.Json;
using GraphQL;
using InfoGov.Api.Engine.RateLimiting;

namespace InfoGov.Api.Features.Export;

/// <summary>
/// <c>GET /meetings/{code}</c>: a committee meeting's record (会议纪要) as a printable HTML document in Chinese: the
/// agenda, the decisions with the projects and plans they concern, and the action items with where each stands. It
/// runs the <c>committeeMeeting</c> query as the caller: government users read it, others get 401/403.
/// </summary>
public static class MeetingDocument
{
    private const string Query = """
        query($c: String!) { committeeMeeting(code: $c) {
          code heldOn quarter agenda recordedBy
          decisions(first: 100) { totalCount nodes { number text projects(first: 20) { nodes { code } } plans(first: 20) { nodes { code } } } }
          actionItems(first: 100) { totalCount nodes { number description owner department { name } dueOn isDone doneOn isOverdue progress outcome } } } }
        """;

    public static IEndpointRouteBuilder MapMeetingRecords(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/meetings/{code}", (string code, HttpContext http, CallerQuery query, IGraphQLTextSerializer serializer, RequestRateLimiter rateLimiter) =>
            PrintableDocument.RespondAsync(http, query, serializer, rateLimiter, [Query], new() { ["c"] = code },
                data => data.GetProperty("committeeMeeting") is { ValueKind: JsonValueKind.Object } meeting ? Render(meeting) : null,
                $"No committee meeting has the code '{code}'.")).AddEndpointFilter<RefusedTokenFilter>();
        return endpoints;
    }

    private static string Render(JsonElement meeting)
    {
        var code = PrintableDocument.Of(meeting, "code");
        var heldOn = DateOnly.Parse(PrintableDocument.Of(meeting, "heldOn")!, CultureInfo.InvariantCulture);
        var html = PrintableDocument.Begin($"信息委工作例会纪要（{code}）", "信息委工作例会纪要",
            $"{heldOn.Year}年第{meeting.GetProperty("quarter").GetInt32()}季度 · {heldOn.Year}年{heldOn.Month}月{heldOn.Day}日 · {code} · 记录：{PrintableDocument.Of(meeting, "recordedBy")}");
        PrintableDocument.Text(html, "一、会议议程", PrintableDocument.Of(meeting, "agenda"));
        PrintableDocument.Table(html, "二、会议决定", meeting.GetProperty("decisions"), ["序号", "决定事项", "涉及项目", "涉及规划"],
            d => [Number(d), PrintableDocument.Of(d, "text"), Codes(d.GetProperty("projects")), Codes(d.GetProperty("plans"))]);
        PrintableDocument.Table(html, "三、督办事项", meeting.GetProperty("actionItems"), ["序号", "督办事项", "责任单位", "责任人", "完成期限", "办理情况"],
            a => [Number(a), PrintableDocument.Of(a, "description"), a.GetProperty("department").ValueKind == JsonValueKind.Object ? PrintableDocument.Of(a.GetProperty("department"), "name") : "",
                PrintableDocument.Of(a, "owner"), PrintableDocument.Of(a, "dueOn"), Standing(a)]);
        return PrintableDocument.End(html);
    }

    private static string Number(JsonElement node) => node.GetProperty("number").GetInt32().ToString(CultureInfo.InvariantCulture);

    private static string Codes(JsonElement connection) =>
        string.Join("、", connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));

    /// <summary>Done (on which day, and how), overdue, or under way with the latest progress.</summary>
    private static string Standing(JsonElement item) =>
        item.GetProperty("isDone").GetBoolean() ? $"已办结（{PrintableDocument.Of(item, "doneOn")}）：{PrintableDocument.Of(item, "outcome")}"
        : (item.GetProperty("isOverdue").GetBoolean() ? "已逾期" : "办理中") + (PrintableDocument.Of(item, "progress") is { Length: > 0 } progress ? "：" + progress : "");
}
