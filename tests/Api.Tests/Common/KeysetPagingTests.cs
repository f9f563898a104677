using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Common;

/// <summary>Cursors are keyset cursors: a row created between two pages shifts nothing.</summary>
public sealed class KeysetPagingTests(KeysetPagingTests.Host host) : IClassFixture<KeysetPagingTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private HttpClient Office => host.OfficeClient();

    // The department's own drafts are in its list (the office sees applications once submitted).
    private HttpClient Manager => host.ClientAs("GAJ", Roles.InformationManager);

    private async Task<JToken> Page(string arguments) =>
        (await Manager.PostQueryAsync($"{{ projects({arguments}) {{ nodes {{ code name }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}"))
        .AssertNoErrors().Data["projects"]!;

    private static List<string> Codes(JToken page) => page["nodes"]!.Select(n => (string)n["code"]!).ToList();

    private async Task CreateDraftNamed(string name)
    {
        var payload = (await Manager.PostQueryAsync(
            "mutation($i: CreateProjectDraftInput!) { createProjectDraft(input: $i) { project { code } errors { code } } }",
            new { i = new { departmentCode = "GAJ", name, level = "DEPARTMENTAL", scope = "Keyset paging test.", budget = new { amount = 1000 }, startOn = "2027-03-01", dueOn = "2027-12-31" } }))
            .AssertNoErrors().Data["createProjectDraft"]!;
        Assert.Empty(payload["errors"]!);
    }

    [Fact]
    public async Task A_row_created_before_the_cursor_between_two_pages_neither_repeats_nor_skips_a_row()
    {
        var whole = Codes(await Page("first: 20, orderBy: NAME_ASC"));
        var first = await Page("first: 10, orderBy: NAME_ASC");
        Assert.Equal(whole.Take(10), Codes(first));

        // "0" sorts before every demo name: the new row lands on the first page, before the cursor.
        await CreateDraftNamed("0 新建于两页之间");
        var second = await Page($"first: 10, after: \"{(string)first["pageInfo"]!["endCursor"]!}\", orderBy: NAME_ASC");
        Assert.Equal(whole.Skip(10).Take(10), Codes(second));
        Assert.True((bool)second["pageInfo"]!["hasPreviousPage"]!);

        // Backwards from the second page: the ten rows before it, and the new row before those.
        var back = await Page($"last: 10, before: \"{(string)second["pageInfo"]!["startCursor"]!}\", orderBy: NAME_ASC");
        Assert.Equal(whole.Take(10), Codes(back));
        Assert.True((bool)back["pageInfo"]!["hasPreviousPage"]!);
        Assert.True((bool)back["pageInfo"]!["hasNextPage"]!);
        var top = await Page($"last: 1, before: \"{(string)back["pageInfo"]!["startCursor"]!}\", orderBy: NAME_ASC");
        Assert.Equal("0 新建于两页之间", (string?)top["nodes"]![0]!["name"]);
        Assert.False((bool)top["pageInfo"]!["hasPreviousPage"]!);
    }

    [Fact]
    public async Task Ties_in_the_order_are_broken_by_id_so_paging_through_them_loses_nothing()
    {
        // Many projects share a due date: pages of three walk through every one of them exactly once.
        var all = Codes(await Page("first: 100, orderBy: DUE_ON_ASC"));
        var walked = new List<string>();
        string? after = null;
        for (var i = 0; i < 33; i++)
        {
            var page = await Page($"first: 3, orderBy: DUE_ON_ASC{(after is null ? "" : $", after: \"{after}\"")}");
            walked.AddRange(Codes(page));
            after = (string)page["pageInfo"]!["endCursor"]!;
        }
        Assert.Equal(all.Take(99), walked);
    }

    [Fact]
    public async Task A_cursor_of_another_order_or_list_is_refused()
    {
        var byName = await Page("first: 1, orderBy: NAME_ASC");
        var cursor = (string)byName["pageInfo"]!["endCursor"]!;
        var otherOrder = await Manager.PostQueryAsync($"{{ projects(first: 1, after: \"{cursor}\", orderBy: CODE_ASC) {{ nodes {{ code }} }} }}");
        Assert.Contains("INVALID_CURSOR", otherOrder.ErrorCodes);
        var otherList = await Manager.PostQueryAsync($"{{ departments(first: 1, after: \"{cursor}\") {{ nodes {{ code }} }} }}");
        Assert.Contains("INVALID_CURSOR", otherList.ErrorCodes);
    }

    [Fact]
    public async Task Nested_lists_continue_after_the_same_item_when_one_is_added_before_it()
    {
        // Reports are listed newest first: this month's report, filed between two pages, lands before the cursor.
        var project = (await Office.PostQueryAsync("{ projects(first: 100, filter: { statuses: [IN_IMPLEMENTATION] }) { nodes { id department { code } currentProgress: progressReports(first: 1) { totalCount nodes { month progressPercent } } } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]!
            .First(p => (int)p["currentProgress"]!["totalCount"]! >= 4 && string.CompareOrdinal((string)p["currentProgress"]!["nodes"]![0]!["month"]!, "2026-11-01") < 0);
        const string query = "query($id: ID!, $after: String) { node(id: $id) { ... on Project { progressReports(first: 2, after: $after) { nodes { month } pageInfo { endCursor } } } } }";
        var id = (string)project["id"]!;
        var first = (await Office.PostQueryAsync(query, new { id, after = (string?)null })).AssertNoErrors().Data["node"]!["progressReports"]!;
        var cursor = (string)first["pageInfo"]!["endCursor"]!;
        var expected = (await Office.PostQueryAsync(query, new { id, after = cursor })).AssertNoErrors().Data["node"]!["progressReports"]!["nodes"]!.Select(n => (string)n["month"]!).ToList();

        var filed = (await host.ClientAs((string)project["department"]!["code"]!, Roles.InformationManager).PostQueryAsync(
            "mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { errors { code message } } }",
            new { i = new { projectId = id, month = "2026-11-01", progressPercent = 100, spendToDate = new { amount = 1 } } }))
            .AssertNoErrors().Data["submitProgressReport"]!;
        Assert.Empty(filed["errors"]!);
        var now = (await Office.PostQueryAsync(query, new { id, after = (string?)null })).AssertNoErrors().Data["node"]!["progressReports"]!["nodes"]!;
        Assert.Equal("2026-11-01", (string?)now[0]!["month"]);

        var second = (await Office.PostQueryAsync(query, new { id, after = cursor })).AssertNoErrors().Data["node"]!["progressReports"]!["nodes"]!;
        Assert.Equal(expected, second.Select(n => (string)n["month"]!));
    }
}
