using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Common;

/// <summary>Incremental sync from the change feed: what changed since the last sync, tombstones included.</summary>
public sealed class ChangeFeedTests(ChangeFeedTests.Host host) : IClassFixture<ChangeFeedTests.Host>
{
    /// <summary>A host of its own: these tests write, and count every change.</summary>
    public sealed class Host : InfoGovApiFactory;

    private const string Feed = "query($since: Int!, $after: String) { changes(since: $since, first: 100, after: $after) { nodes { sequence type id kind node { id } } pageInfo { hasNextPage endCursor } } }";

    /// <summary>Everything after <paramref name="since"/>, all pages.</summary>
    private static async Task<List<JToken>> Sync(HttpClient client, int since)
    {
        var all = new List<JToken>();
        string? after = null;
        do
        {
            var page = (await client.PostQueryAsync(Feed, new { since, after })).AssertNoErrors().Data["changes"]!;
            all.AddRange(page["nodes"]!);
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);
        return all;
    }

    private static JToken Ok(GraphQLResponse response, string field)
    {
        var payload = response.AssertNoErrors().Data[field]!;
        Assert.Empty(payload["errors"]!);
        return payload;
    }

    [Fact]
    public async Task A_second_sync_gets_exactly_the_three_changed_objects_and_the_removed_one()
    {
        var office = host.OfficeClient();
        var admin = host.ClientAs("XXB", Roles.Admin);
        // Set-up: a document to remove later, then the first sync.
        var document = Ok(await admin.PostQueryAsync("mutation($i: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $i) { trustedDocument { id } errors { code } } }",
            new { i = new { name = "Sync test", ownerApp = "sync", document = "{ me { name } }" } }), "registerTrustedDocument")["trustedDocument"]!;
        var first = await Sync(office, 0);
        var since = first.Count == 0 ? 0 : first.Max(c => (int)c["sequence"]!);

        // Three changes: a fund cap, a new project draft, and an edit of a department's project... and one removal.
        var fund = (await office.PostQueryAsync("{ specialFund(year: 2026) { id version cap { amount } } }")).AssertNoErrors().Data["specialFund"]!;
        Ok(await office.PostQueryAsync("mutation($i: SetFundCapInput!) { setFundCap(input: $i) { errors { code } } }",
            new { i = new { fiscalYear = 2026, cap = new { amount = (decimal)fund["cap"]!["amount"]! + 1 }, version = (int)fund["version"]! } }), "setFundCap");
        var manager = host.ClientAs("GAJ", Roles.InformationManager);
        var draft = Ok(await manager.PostQueryAsync("mutation($i: CreateProjectDraftInput!) { createProjectDraft(input: $i) { project { id version } errors { code } } }",
            new { i = new { departmentCode = "GAJ", name = "同步测试项目", level = "DEPARTMENTAL", scope = "Sync test.", budget = new { amount = 1000 }, startOn = "2027-03-01", dueOn = "2027-12-31" } }),
            "createProjectDraft")["project"]!;
        var other = Ok(await manager.PostQueryAsync("mutation($i: CreateProjectDraftInput!) { createProjectDraft(input: $i) { project { id version } errors { code } } }",
            new { i = new { departmentCode = "GAJ", name = "同步测试项目二", level = "DEPARTMENTAL", scope = "Sync test.", budget = new { amount = 2000 }, startOn = "2027-03-01", dueOn = "2027-12-31" } }),
            "createProjectDraft")["project"]!;
        Ok(await manager.PostQueryAsync("mutation($i: UpdateProjectDraftInput!) { updateProjectDraft(input: $i) { errors { code } } }",
            new { i = new { id = (string)draft["id"]!, version = (int)draft["version"]!, name = "同步测试项目（改）" } }), "updateProjectDraft");
        Ok(await admin.PostQueryAsync("mutation($i: RemoveTrustedDocumentInput!) { removeTrustedDocument(input: $i) { errors { code } } }",
            new { i = new { id = (string)document["id"]! } }), "removeTrustedDocument");
        // A refused mutation changes nothing and is not in the feed.
        var refused = (await office.PostQueryAsync("mutation($i: SetFundCapInput!) { setFundCap(input: $i) { errors { code } } }",
            new { i = new { fiscalYear = 2026, cap = new { amount = 1 }, version = 1 } })).AssertNoErrors().Data["setFundCap"]!;
        Assert.NotEmpty(refused["errors"]!);

        var second = await Sync(office, since);
        // Latest state per object: the draft changed twice, once in the feed's latest entry.
        var latest = second.GroupBy(c => (string)c["id"]!).ToDictionary(g => g.Key, g => g.Last());
        Assert.Equal(
            new[] { (string)fund["id"]!, (string)draft["id"]!, (string)other["id"]!, (string)document["id"]! }.Order(StringComparer.Ordinal),
            latest.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("REMOVED", (string?)latest[(string)document["id"]!]["kind"]);
        Assert.Equal(JTokenType.Null, latest[(string)document["id"]!]["node"]!.Type);
        Assert.All(new[] { (string)fund["id"]!, (string)draft["id"]!, (string)other["id"]! },
            id => Assert.Equal(("CHANGED", id), ((string?)latest[id]["kind"], (string?)latest[id]["node"]!["id"])));
        // Numbered in order, without gaps.
        var sequences = second.Select(c => (int)c["sequence"]!).ToList();
        Assert.Equal(Enumerable.Range(since + 1, sequences.Count), sequences);
    }

    [Fact]
    public async Task Concurrent_mutations_get_distinct_numbers_without_gaps_and_refused_ones_none()
    {
        var office = host.OfficeClient();
        var before = await Sync(office, 0);
        var since = before.Count == 0 ? 0 : before.Max(c => (int)c["sequence"]!);
        var manager = host.ClientAs("MZJ", Roles.InformationManager);
        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => manager.PostQueryAsync(
            "mutation($i: CreateProjectDraftInput!) { createProjectDraft(input: $i) { project { id } errors { code } } }",
            new { i = new { departmentCode = "MZJ", name = $"并发同步{i}", level = "DEPARTMENTAL", scope = "Sync test.", budget = new { amount = 1000 }, startOn = "2027-03-01", dueOn = "2027-12-31" } })));
        var created = results.Select(r => r.AssertNoErrors().Data["createProjectDraft"]!["project"]!)
            .Where(p => p.Type == JTokenType.Object).Select(p => (string)p["id"]!).ToList();
        Assert.NotEmpty(created);

        var after = await Sync(office, since);
        Assert.Equal(created.Order(StringComparer.Ordinal), after.Select(c => (string)c["id"]!).Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(since + 1, after.Count), after.Select(c => (int)c["sequence"]!));
    }

    [Fact]
    public async Task Root_lists_updated_since_an_instant_hold_exactly_what_the_feed_records_as_changed()
    {
        var manager = host.ClientAs("JTJ", Roles.InformationManager);
        var draft = Ok(await manager.PostQueryAsync("mutation($i: CreateProjectDraftInput!) { createProjectDraft(input: $i) { project { id } errors { code } } }",
            new { i = new { departmentCode = "JTJ", name = "增量列表测试", level = "DEPARTMENTAL", scope = "Sync test.", budget = new { amount = 1000 }, startOn = "2027-03-01", dueOn = "2027-12-31" } }),
            "createProjectDraft")["project"]!;
        var office = host.OfficeClient();
        // The host's clock stands still: every change of this host is at Now.
        const string list = "query($since: DateTimeOffset) { projects(first: 100, updatedSince: $since) { totalCount nodes { id } } }";
        var changed = (await office.PostQueryAsync(list, new { since = InfoGovApiFactory.Now })).AssertNoErrors().Data["projects"]!;
        var recorded = (await Sync(office, 0)).Where(c => (string?)c["type"] == "Project").Select(c => (string)c["id"]!).Distinct().ToHashSet();
        Assert.Contains((string)draft["id"]!, changed["nodes"]!.Select(n => (string)n["id"]!));
        Assert.All(changed["nodes"]!, n => Assert.Contains((string)n["id"]!, recorded));
        Assert.Equal(recorded.Count, (int)changed["totalCount"]!);

        var later = (await office.PostQueryAsync(list, new { since = InfoGovApiFactory.Now.AddSeconds(1) })).AssertNoErrors().Data["projects"]!;
        Assert.Equal(0, (int)later["totalCount"]!);
        var everything = (await office.PostQueryAsync(list, new { since = (DateTimeOffset?)null })).AssertNoErrors().Data["projects"]!;
        Assert.True((int)everything["totalCount"]! > 150);
    }

    [Fact]
    public async Task Root_lists_updated_since_an_instant_come_in_the_order_of_the_latest_change_and_page_by_it()
    {
        var manager = host.ClientAs("JTJ", Roles.InformationManager);
        async Task<JToken> DraftAsync(string name) => Ok(await manager.PostQueryAsync("mutation($i: CreateProjectDraftInput!) { createProjectDraft(input: $i) { project { id version } errors { code } } }",
            new { i = new { departmentCode = "JTJ", name, level = "DEPARTMENTAL", scope = "Order test.", budget = new { amount = 1000 }, startOn = "2027-03-01", dueOn = "2027-12-31" } }),
            "createProjectDraft")["project"]!;
        // Created a, b, c (their codes in that order), then a changed again: the latest changes are b, c, a.
        var a = await DraftAsync("变更顺序甲");
        var b = await DraftAsync("变更顺序乙");
        var c = await DraftAsync("变更顺序丙");
        Ok(await manager.PostQueryAsync("mutation($i: UpdateProjectDraftInput!) { updateProjectDraft(input: $i) { project { id } errors { code } } }",
            new { i = new { id = (string)a["id"]!, version = (int)a["version"]!, name = "变更顺序甲（改）" } }), "updateProjectDraft");

        // Paged two at a time by cursor, as a syncing system does.
        var office = host.OfficeClient();
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await office.PostQueryAsync("query($since: DateTimeOffset, $a: String) { projects(first: 2, after: $a, updatedSince: $since) { nodes { id } pageInfo { hasNextPage endCursor } } }",
                new { since = InfoGovApiFactory.Now, a = after })).AssertNoErrors().Data["projects"]!;
            seen.AddRange(page["nodes"]!.Select(n => (string)n["id"]!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal([(string)b["id"]!, (string)c["id"]!, (string)a["id"]!], seen.Where(id => id == (string)a["id"]! || id == (string)b["id"]! || id == (string)c["id"]!));
        // a was the last to change: nothing changed after it.
        Assert.Equal((string)a["id"]!, seen[^1]);
    }

    [Fact]
    public async Task Objects_a_caller_could_never_read_leave_no_trace_in_its_feed()
    {
        // A dashboard sees published projects only: a new draft is not in its feed at all, not even as a tombstone.
        var manager = host.ClientAs("GAJ", Roles.InformationManager);
        var before = await Sync(host.ClientAs(null, Roles.Dashboard), 0);
        var since = before.Count == 0 ? 0 : before.Max(c => (int)c["sequence"]!);
        var draft = Ok(await manager.PostQueryAsync("mutation($i: CreateProjectDraftInput!) { createProjectDraft(input: $i) { project { id } errors { code } } }",
            new { i = new { departmentCode = "GAJ", name = "仪表盘看不见的草稿", level = "DEPARTMENTAL", scope = "Sync test.", budget = new { amount = 1000 }, startOn = "2027-03-01", dueOn = "2027-12-31" } }),
            "createProjectDraft")["project"]!;
        var dashboardFeed = await Sync(host.ClientAs(null, Roles.Dashboard), since);
        Assert.DoesNotContain(dashboardFeed, c => (string?)c["id"] == (string?)draft["id"]);
        Assert.Contains(await Sync(host.ClientAs("GAJ", Roles.InformationManager), since), c => (string?)c["id"] == (string?)draft["id"] && (string?)c["kind"] == "CHANGED");
        // Nor does it list objects of types it may never read (contracts, expenditures, opinions...).
        var types = (await Sync(host.ClientAs(null, Roles.Dashboard), 0)).Select(c => (string)c["type"]!).Distinct().ToList();
        var all = (await Sync(host.OfficeClient(), 0)).Select(c => (string)c["type"]!).Distinct().ToList();
        foreach (var hidden in new[] { "Contract", "Expenditure", "ExpertOpinion", "ProjectDecision", "FulfilmentRecord", "DataAccessLogEntry", "AuditEntry" })
            Assert.DoesNotContain(hidden, types);

        // A draft plan of one department, an item added and removed: another department's staff never hear of
        // either; the department's own staff get the item's tombstone.
        var planSince = (await Sync(host.OfficeClient(), 0)).Max(c => (int)c["sequence"]!);
        var plan = Ok(await manager.PostQueryAsync("mutation($i: DraftPlanInput!) { draftPlan(input: $i) { plan { id } errors { code message } } }",
            new { i = new { departmentCode = "GAJ", kind = "ANNUAL", startYear = 2033, title = "草稿计划", objectives = "Sync test.", budgetEnvelope = new { amount = 1000 } } }), "draftPlan")["plan"]!;
        var item = Ok(await manager.PostQueryAsync("mutation($i: AddPlanItemInput!) { addPlanItem(input: $i) { planItem { id } errors { code message } } }",
            new { i = new { planId = (string)plan["id"]!, title = "一项", plannedBudget = new { amount = 500 }, year = 2033 } }), "addPlanItem")["planItem"]!;
        Ok(await manager.PostQueryAsync("mutation($i: RemovePlanItemInput!) { removePlanItem(input: $i) { errors { code message } } }",
            new { i = new { id = (string)item["id"]! } }), "removePlanItem");
        var ids = new[] { (string?)plan["id"], (string?)item["id"] };
        Assert.DoesNotContain(await Sync(host.ClientAs("MZJ", Roles.Staff), planSince), c => ids.Contains((string?)c["id"]));
        Assert.Contains(await Sync(host.ClientAs("GAJ", Roles.Staff), planSince), c => (string?)c["id"] == (string?)item["id"] && (string?)c["kind"] == "REMOVED");
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await host.CreateClient().PostQueryAsync("{ changes(since: 0) { totalCount } }")).ErrorCodes);
    }
}
