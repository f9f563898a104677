using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Projects;

/// <summary>From submission to decision through the API: draw, opinions, conclusion, leader's approval, decision.</summary>
public sealed class ReviewMutationTests(ReviewMutationTests.Host host) : IClassFixture<ReviewMutationTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private HttpClient Office => host.ClientAs("XXB", Roles.CommitteeOffice);

    private static JToken Payload(GraphQLResponse response, string field) => response.AssertNoErrors().Data[field]!;

    /// <summary>A fresh application of <paramref name="department"/>, submitted; returns its id and version.</summary>
    private async Task<(string Id, int Version)> Submitted(string department, string level = "DEPARTMENTAL")
    {
        var manager = host.ClientAs(department, Roles.InformationManager);
        var created = Payload(await manager.PostQueryAsync(
            "mutation($i: CreateProjectDraftInput!) { createProjectDraft(input: $i) { project { id version } errors { code } } }",
            new
            {
                i = new
                {
                    departmentCode = department,
                    name = "审批流程测试项目",
                    level,
                    scope = "Review test",
                    budget = new { amount = 300000 },
                    startOn = "2027-02-01",
                    dueOn = "2027-10-31",
                    feasibilityStudyReference = "KY-TEST"
                }
            }), "createProjectDraft")["project"]!;
        var submitted = Payload(await manager.PostQueryAsync(
            "mutation($i: ProjectVersionInput!) { submitProject(input: $i) { project { version } errors { code } } }",
            new { i = new { id = (string)created["id"]!, version = 1 } }), "submitProject")["project"]!;
        return ((string)created["id"]!, (int)submitted["version"]!);
    }

    private async Task<JToken> Draw(string id, int version, string meetingOn = "2026-12-01") => Payload(await Office.PostQueryAsync("""
        mutation($i: DrawReviewPanelInput!) {
          drawReviewPanel(input: $i) { project { status version reviewPanel { id version drawSeed drawCandidates members { nodes { expert { id code affiliation { code } } } } } } errors { code field message } }
        }
        """, new { i = new { projectId = id, version, category = "software", size = 3, meetingOn } }), "drawReviewPanel");

    private async Task<HttpClient> ExpertClient(string expertGlobalIdOrCode, bool byCode = false)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        var experts = await db.Experts.ToListAsync();
        var expert = byCode ? experts.Single(e => e.Code == expertGlobalIdOrCode)
            : experts.Single(e => Api.Engine.Relay.GlobalId.TryDecode(expertGlobalIdOrCode, out _, out var id) && id == e.Id);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.Expert]) { ObjectId = expert.AccountObjectId.ToString() }));
        return client;
    }

    /// <summary>Every seated expert of the drawn panel who has not yet done so records an opinion.</summary>
    private async Task OpinionsFromAll(JToken panel, int skip = 0)
    {
        foreach (var member in panel["members"]!["nodes"]!.Skip(skip))
            Payload(await (await ExpertClient((string)member["expert"]!["id"]!)).PostQueryAsync(
                "mutation($i: RecordExpertOpinionInput!) { recordExpertOpinion(input: $i) { errors { code } } }",
                new { i = new { panelId = (string)panel["id"]!, recommendation = "APPROVE", opinion = "Sound need and design." } }), "recordExpertOpinion");
    }

    [Fact]
    public async Task A_departmental_project_goes_from_submission_to_approval()
    {
        var (id, version) = await Submitted("GAJ");
        var drawn = await Draw(id, version);
        Assert.Empty(drawn["errors"]!);
        var project = drawn["project"]!;
        Assert.Equal("UNDER_REVIEW", (string?)project["status"]);
        var panel = project["reviewPanel"]!;
        Assert.Equal(JTokenType.Integer, panel["drawSeed"]!.Type);
        var members = panel["members"]!["nodes"]!.Select(m => m["expert"]!).ToList();
        Assert.Equal(3, members.Count);
        Assert.All(members, m => Assert.NotEqual("GAJ", m["affiliation"] is JObject affiliation ? (string?)affiliation["code"] : null));

        const string opinion = "mutation($i: RecordExpertOpinionInput!) { recordExpertOpinion(input: $i) { reviewPanel { opinions { totalCount } } errors { code } } }";
        var member = await ExpertClient((string)members[0]["id"]!);
        var recorded = Payload(await member.PostQueryAsync(opinion, new { i = new { panelId = (string)panel["id"]!, recommendation = "APPROVE", opinion = "Sound design." } }), "recordExpertOpinion");
        Assert.Equal(1, (int)recorded["reviewPanel"]!["opinions"]!["totalCount"]!);
        var twice = Payload(await member.PostQueryAsync(opinion, new { i = new { panelId = (string)panel["id"]!, recommendation = "REJECT", opinion = "Changed my mind." } }), "recordExpertOpinion");
        Assert.Equal("VALIDATION", (string?)twice["errors"]![0]!["code"]);

        var codes = members.Select(m => (string)m["code"]!).ToHashSet();
        var outsiderCode = (await host.OfficeClient().PostQueryAsync("{ experts(first: 100) { nodes { code } } }")).AssertNoErrors()
            .Data["experts"]!["nodes"]!.Select(n => (string)n["code"]!).First(c => !codes.Contains(c));
        var outsider = await ExpertClient(outsiderCode, byCode: true);
        var refused = Payload(await outsider.PostQueryAsync(opinion, new { i = new { panelId = (string)panel["id"]!, recommendation = "APPROVE", opinion = "x" } }), "recordExpertOpinion");
        Assert.Equal("NOT_PERMITTED", (string?)refused["errors"]![0]!["code"]);

        const string decide = "mutation($i: DecideProjectInput!) { decideProject(input: $i) { project { status version baseline { budget { amount } dueOn } } errors { code field } } }";
        var early = Payload(await Office.PostQueryAsync(decide, new { i = new { projectId = id, version = (int)project["version"]!, decision = "APPROVE" } }), "decideProject");
        Assert.Equal("INVALID_TRANSITION", (string?)early["errors"]![0]!["code"]);

        // One opinion of three: the review does not conclude, with a reason or without (the quorum is three).
        const string conclude = "mutation($i: ConcludeReviewInput!) { concludeReview(input: $i) { reviewPanel { isClosed conclusion } errors { code field } } }";
        var waiting = Payload(await Office.PostQueryAsync(conclude,
            new { i = new { panelId = (string)panel["id"]!, version = (int)panel["version"]!, conclusion = "APPROVE", summary = "Approve." } }), "concludeReview");
        Assert.Equal(("INVALID_TRANSITION", "missingOpinionsReason"), ((string?)waiting["errors"]![0]!["code"], (string?)waiting["errors"]![0]!["field"]));
        var belowQuorum = Payload(await Office.PostQueryAsync(conclude,
            new { i = new { panelId = (string)panel["id"]!, version = (int)panel["version"]!, conclusion = "APPROVE", summary = "Approve.", missingOpinionsReason = "Two experts are ill" } }), "concludeReview");
        Assert.Equal("INVALID_TRANSITION", (string?)belowQuorum["errors"]![0]!["code"]);
        await OpinionsFromAll(panel, skip: 1);
        var concluded = Payload(await Office.PostQueryAsync(conclude,
            new { i = new { panelId = (string)panel["id"]!, version = (int)panel["version"]!, conclusion = "APPROVE", summary = "Approve." } }), "concludeReview");
        Assert.True((bool)concluded["reviewPanel"]!["isClosed"]!);

        var approved = Payload(await Office.PostQueryAsync(decide, new { i = new { projectId = id, version = (int)project["version"]!, decision = "APPROVE" } }), "decideProject");
        Assert.Equal("APPROVED", (string?)approved["project"]!["status"]);
        Assert.Equal(300000m, (decimal)approved["project"]!["baseline"]!["budget"]!["amount"]!);
    }

    [Fact]
    public async Task A_review_concluded_against_all_its_experts_needs_a_reason_shown_in_the_decisions_and_the_bulletin()
    {
        var (id, version) = await Submitted("GAJ");
        var drawn = await Draw(id, version);
        var panel = drawn["project"]!["reviewPanel"]!;
        foreach (var member in panel["members"]!["nodes"]!)
            Payload(await (await ExpertClient((string)member["expert"]!["id"]!)).PostQueryAsync(
                "mutation($i: RecordExpertOpinionInput!) { recordExpertOpinion(input: $i) { errors { code } } }",
                new { i = new { panelId = (string)panel["id"]!, recommendation = "REJECT", opinion = "No need shown." } }), "recordExpertOpinion");

        const string conclude = "mutation($i: ConcludeReviewInput!) { concludeReview(input: $i) { reviewPanel { isClosed conclusion majorityRecommendation isContraryToPanel contraryReason } errors { code field message } } }";
        var silent = Payload(await Office.PostQueryAsync(conclude,
            new { i = new { panelId = (string)panel["id"]!, version = (int)panel["version"]!, conclusion = "APPROVE", summary = "Approve." } }), "concludeReview");
        Assert.Equal(("CONTRARY_TO_PANEL", "contraryReason"), ((string?)silent["errors"]![0]!["code"], (string?)silent["errors"]![0]!["field"]));

        const string reason = "The municipal emergency plan requires the system this year.";
        var concluded = Payload(await Office.PostQueryAsync(conclude,
            new { i = new { panelId = (string)panel["id"]!, version = (int)panel["version"]!, conclusion = "APPROVE", summary = "Approve.", contraryReason = reason } }), "concludeReview");
        Assert.Empty(concluded["errors"]!);
        var closed = concluded["reviewPanel"]!;
        Assert.True((bool)closed["isClosed"]!);
        Assert.Equal(("APPROVE", "REJECT", true, reason),
            ((string?)closed["conclusion"], (string?)closed["majorityRecommendation"], (bool)closed["isContraryToPanel"]!, (string?)closed["contraryReason"]));

        var current = (int)drawn["project"]!["version"]!;
        var decided = Payload(await Office.PostQueryAsync(
            "mutation($i: DecideProjectInput!) { decideProject(input: $i) { project { status decisions(last: 1) { nodes { toStatus reason } } } errors { code } } }",
            new { i = new { projectId = id, version = current, decision = "APPROVE" } }), "decideProject");
        Assert.Equal("APPROVED", (string?)decided["project"]!["status"]);
        var decision = decided["project"]!["decisions"]!["nodes"]![0]!;
        Assert.Equal("APPROVED", (string?)decision["toStatus"]);
        Assert.Contains(reason, (string?)decision["reason"]);

        var bulletin = (await host.ClientAs("GAJ", Roles.Staff).PostQueryAsync(
            "query($m: DateOnly!) { bulletin(month: $m) { reviewsAgainstPanel(first: 100) { nodes { id contraryReason } } } }",
            new { m = InfoGovApiFactory.Now.ToString("yyyy-MM-01") })).AssertNoErrors().Data["bulletin"]!["reviewsAgainstPanel"]!["nodes"]!;
        Assert.Contains(bulletin, p => (string?)p["id"] == (string)panel["id"]! && (string?)p["contraryReason"] == reason);
    }

    [Fact]
    public async Task A_major_project_needs_its_own_leaders_approval()
    {
        var (id, version) = await Submitted("MZJ", level: "MUNICIPAL");
        var drawn = await Draw(id, version);
        var panel = drawn["project"]!["reviewPanel"]!;
        await OpinionsFromAll(panel);
        Payload(await Office.PostQueryAsync("mutation($i: ConcludeReviewInput!) { concludeReview(input: $i) { errors { code } } }",
            new { i = new { panelId = (string)panel["id"]!, version = (int)panel["version"]!, conclusion = "APPROVE", summary = "Approve." } }), "concludeReview");
        var current = (int)drawn["project"]!["version"]!;
        const string decide = "mutation($i: DecideProjectInput!) { decideProject(input: $i) { project { status version } errors { code } } }";

        var withoutLeader = Payload(await Office.PostQueryAsync(decide, new { i = new { projectId = id, version = current, decision = "APPROVE" } }), "decideProject");
        Assert.Equal("INVALID_TRANSITION", (string?)withoutLeader["errors"]![0]!["code"]);

        const string leader = "mutation($i: ProjectVersionInput!) { recordLeaderApproval(input: $i) { project { version } errors { code } } }";
        var otherLeader = Payload(await host.ClientAs("GAJ", Roles.DepartmentLeader).PostQueryAsync(leader, new { i = new { id, version = current } }), "recordLeaderApproval");
        Assert.Equal("NOT_PERMITTED", (string?)otherLeader["errors"]![0]!["code"]);
        var ownLeader = Payload(await host.ClientAs("MZJ", Roles.DepartmentLeader).PostQueryAsync(leader, new { i = new { id, version = current } }), "recordLeaderApproval");
        current = (int)ownLeader["project"]!["version"]!;

        var approved = Payload(await Office.PostQueryAsync(decide, new { i = new { projectId = id, version = current, decision = "APPROVE" } }), "decideProject");
        Assert.Equal("APPROVED", (string?)approved["project"]!["status"]);

        // The leader's approval is in the project's history, between the review and the office's approval.
        var decisions = (await Office.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on Project { decisions { nodes { fromStatus toStatus reason } } } } }", new { id }))
            .AssertNoErrors().Data["node"]!["decisions"]!["nodes"]!.ToList();
        var approval = decisions.Single(d => ((string?)d["reason"])?.Contains("leader") == true);
        Assert.Equal(("UNDER_REVIEW", "UNDER_REVIEW"), ((string?)approval["fromStatus"], (string?)approval["toStatus"]));
    }

    [Fact]
    public async Task The_meeting_must_fall_within_fifteen_working_days_and_rejections_need_a_reason()
    {
        var (id, version) = await Submitted("JYJ");
        var late = await Draw(id, version, meetingOn: "2027-01-30");
        Assert.Equal(("VALIDATION", "meetingOn"), ((string?)late["errors"]![0]!["code"], (string?)late["errors"]![0]!["field"]));

        var drawn = await Draw(id, version);
        var reject = Payload(await Office.PostQueryAsync(
            "mutation($i: DecideProjectInput!) { decideProject(input: $i) { project { status } errors { code field } } }",
            new { i = new { projectId = id, version = (int)drawn["project"]!["version"]!, decision = "REJECT" } }), "decideProject");
        Assert.Equal(("VALIDATION", "reason"), ((string?)reject["errors"]![0]!["code"], (string?)reject["errors"]![0]!["field"]));
    }

    [Fact]
    public async Task An_expert_who_declared_a_conflict_is_never_drawn_and_approval_fixes_milestones()
    {
        // Draw once to see who would sit, let one of them declare a conflict, then draw for another project.
        var (first, firstVersion) = await Submitted("SCJG");
        var firstPanel = (await Draw(first, firstVersion))["project"]!["reviewPanel"]!;
        var conflicted = firstPanel["members"]!["nodes"]![0]!["expert"]!;
        Assert.Contains((string)conflicted["code"]!, firstPanel["drawCandidates"]!.Select(c => (string)c!));
        var expert = await ExpertClient((string)conflicted["id"]!);
        var declared = Payload(await expert.PostQueryAsync(
            "mutation($i: DeclareExpertConflictInput!) { declareExpertConflict(input: $i) { expert { code } errors { code } } }",
            new { i = new { departmentCode = "SCJG", reason = "Former employee" } }), "declareExpertConflict");
        Assert.Empty(declared["errors"]!);

        var (second, secondVersion) = await Submitted("SCJG");
        var replay = await Draw(second, secondVersion);
        Assert.DoesNotContain((string)conflicted["code"]!, replay["project"]!["reviewPanel"]!["drawCandidates"]!.Select(c => (string)c!));
        var members = replay["project"]!["reviewPanel"]!["members"]!["nodes"]!.Select(m => (string)m["expert"]!["code"]!).ToList();
        Assert.DoesNotContain((string)conflicted["code"]!, members);

        var panel = replay["project"]!["reviewPanel"]!;
        await OpinionsFromAll(panel);
        Payload(await Office.PostQueryAsync("mutation($i: ConcludeReviewInput!) { concludeReview(input: $i) { errors { code } } }",
            new { i = new { panelId = (string)panel["id"]!, version = (int)panel["version"]!, conclusion = "APPROVE", summary = "Approve." } }), "concludeReview");
        const string decide = "mutation($i: DecideProjectInput!) { decideProject(input: $i) { project { status milestones { nodes { name dueOn } } } errors { code field } } }";
        var version = (int)replay["project"]!["version"]!;
        var outside = Payload(await Office.PostQueryAsync(decide, new
        {
            i = new
            {
                projectId = second,
                version,
                decision = "APPROVE",
                milestones = new[] { new { name = "Design", dueOn = "2028-01-01" } }
            }
        }), "decideProject");
        Assert.Equal(("VALIDATION", "milestones[0]"), ((string?)outside["errors"]![0]!["code"], (string?)outside["errors"]![0]!["field"]));
        var approved = Payload(await Office.PostQueryAsync(decide, new
        {
            i = new
            {
                projectId = second,
                version,
                decision = "APPROVE",
                milestones = new[] { new { name = "Design approved", dueOn = "2027-04-30" }, new { name = "Go-live", dueOn = "2027-10-15" } }
            }
        }), "decideProject");
        Assert.Equal(["Design approved", "Go-live"], approved["project"]!["milestones"]!["nodes"]!.Select(m => (string)m["name"]!));
    }

    [Fact]
    public async Task The_server_chooses_the_seed_and_a_caller_chosen_seed_is_refused()
    {
        var (id, version) = await Submitted("GAJ");
        var chosen = Payload(await Office.PostQueryAsync(
            "mutation($i: DrawReviewPanelInput!) { drawReviewPanel(input: $i) { project { status } errors { code field } } }",
            new { i = new { projectId = id, version, category = "software", size = 3, seed = 42, meetingOn = "2026-12-01" } }), "drawReviewPanel");
        Assert.Equal(("VALIDATION", "seed"), ((string?)chosen["errors"]![0]!["code"], (string?)chosen["errors"]![0]!["field"]));
        Assert.Equal(JTokenType.Null, chosen["project"]!.Type);

        var drawn = await Draw(id, version);
        Assert.Empty(drawn["errors"]!);
        Assert.Equal(JTokenType.Integer, drawn["project"]!["reviewPanel"]!["drawSeed"]!.Type);
    }
}
