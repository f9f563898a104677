using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using InfoGov.Infrastructure.Persistence.Seeding;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Projects;

/// <summary>A project taken from draft to post-evaluation through the API alone, with the refusals on the way.</summary>
public sealed class LifecycleMutationTests(LifecycleMutationTests.Host host) : IClassFixture<LifecycleMutationTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    /// <summary>A host of its own: these tests write. The stable-operation period before post-evaluation is
    /// zero here, so that the whole lifecycle fits the test's one day; PostEvaluationTests checks the period.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Projects:StableOperationMonths", "0");
        }
    }

    private const string Fields = "project { id version status progressPercent colour baseline { dueOn } currentPlan { dueOn } } errors { code field message }";

    private HttpClient Office => host.ClientAs("XXB", Roles.CommitteeOffice);

    private HttpClient Official(string department, string post, string role)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([role], department)
        {
            ObjectId = DemoAccounts.OfficialObjectId(department, post).ToString(),
        }));
        return client;
    }

    private static async Task<JToken> Call(HttpClient client, string mutation, string inputType, object input, bool expectError = false)
    {
        var response = (await client.PostQueryAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ {Fields} }} }}", new { i = input })).AssertNoErrors();
        var payload = response.Data[mutation]!;
        if (!expectError) Assert.True(!payload["errors"]!.Any(), $"{mutation} refused: {payload["errors"]}");
        return payload;
    }

    [Fact]
    public async Task From_draft_to_post_evaluation_through_the_api()
    {
        const string department = "GAJ"; // its information manager holds a contract-signing delegation
        var manager = Official(department, "cio", Roles.InformationManager);
        var project = (await Call(manager, "createProjectDraft", "CreateProjectDraftInput", new
        {
            departmentCode = department,
            name = "全生命周期测试项目",
            level = "DEPARTMENTAL",
            scope = "End to end",
            budget = new { amount = 400000 },
            startOn = "2026-11-20",
            dueOn = "2027-06-30",
            feasibilityStudyReference = "KY-E2E",
        }))["project"]!;
        var id = (string)project["id"]!;
        int Version(JToken payload) => (int)payload["project"]!["version"]!;

        var step = await Call(manager, "submitProject", "ProjectVersionInput", new { id, version = 1 });
        step = (await Call(Office, "drawReviewPanel", "DrawReviewPanelInput", new { projectId = id, version = Version(step), category = "data", size = 3, meetingOn = "2026-12-01" }));
        var panel = (await Office.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on Project { reviewPanel { id version members { nodes { expert { code } } } } } } }", new { id })).AssertNoErrors()
            .Data["node"]!["reviewPanel"]!;
        foreach (var member in panel["members"]!["nodes"]!)
        {
            var expert = host.CreateClient();
            expert.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.Expert]) { ObjectId = DemoAccounts.ExpertObjectId((string)member["expert"]!["code"]!).ToString() }));
            (await expert.PostQueryAsync("mutation($i: RecordExpertOpinionInput!) { recordExpertOpinion(input: $i) { errors { code } } }",
                new { i = new { panelId = (string)panel["id"]!, recommendation = "APPROVE", opinion = "Approve." } })).AssertNoErrors();
        }
        await Office.PostQueryAsync("mutation($i: ConcludeReviewInput!) { concludeReview(input: $i) { errors { code } } }",
            new { i = new { panelId = (string)panel["id"]!, version = (int)panel["version"]!, conclusion = "APPROVE", summary = "Approve" } });
        step = await Call(Office, "decideProject", "DecideProjectInput", new { projectId = id, version = Version(step), decision = "APPROVE" });
        Assert.Equal("APPROVED", (string?)step["project"]!["status"]);

        step = await Call(manager, "fileImplementationPlan", "FileImplementationPlanInput",
            new { projectId = id, version = Version(step), tasks = "Build", systemDesign = "B/S on the government cloud", schedule = "Nov-Jun" });
        Assert.Equal("APPROVED", (string?)step["project"]!["status"]); // work starts on the office's acceptance of the plan
        var plan = (await Office.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on Project { implementationPlan { id version } } } }", new { id })).AssertNoErrors()
            .Data["node"]!["implementationPlan"]!;
        step = await Call(Office, "reviewImplementationPlan", "ReviewImplementationPlanInput", new { planId = (string)plan["id"]!, version = (int)plan["version"]!, accept = true });
        Assert.Equal("IN_IMPLEMENTATION", (string?)step["project"]!["status"]);
        var vendorId = await Delivery.Procurement.VendorIdAsync(Office, "华信数智科技有限公司");
        await Call(manager, "recordTender", "RecordTenderInput", new { projectId = id, title = "Platform", method = "OPEN_TENDER", publishedOn = "2026-11-02", awardedOn = "2026-11-16", winningVendorId = vendorId, bidCount = 4 });
        var (tenderId, _) = await Delivery.Procurement.AwardedTenderAsync(Office, id);

        // Contract signing: the leader, or the information manager under a valid delegation; not another department's staff.
        // Two contracts of 190,000 fit the 400,000 budget together.
        var contract = new { projectId = id, number = "HT-E2E-1", vendorId, tenderId, amount = new { amount = 190000 }, signedOn = "2026-11-18" };
        await Call(manager, "signContract", "SignContractInput", contract);
        var leader = Official(department, "head", Roles.DepartmentLeader);
        await Call(leader, "signContract", "SignContractInput", contract with { number = "HT-E2E-2" });
        var foreignManager = Official("MZJ", "cio", Roles.InformationManager);
        var foreign = await Call(foreignManager, "signContract", "SignContractInput", contract with { number = "HT-E2E-3" }, expectError: true);
        Assert.Equal("NOT_PERMITTED", (string?)foreign["errors"]![0]!["code"]);

        var report = new { projectId = id, month = "2026-11-01", progressPercent = 10, spendToDate = new { amount = 40000 } };
        step = await Call(manager, "submitProgressReport", "SubmitProgressReportInput", report);
        Assert.Equal(10, (int)step["project"]!["progressPercent"]!);
        Assert.NotEqual(JTokenType.Null, step["project"]!["colour"]!.Type);
        var twice = await Call(manager, "submitProgressReport", "SubmitProgressReportInput", report with { progressPercent = 12 }, expectError: true);
        Assert.Equal(("VALIDATION", "month"), ((string?)twice["errors"]![0]!["code"], (string?)twice["errors"]![0]!["field"]));

        step = await Call(manager, "requestChange", "RequestChangeInput", new { projectId = id, kind = "DATES", reason = "Provincial interface late", dueOn = "2027-08-31" });
        Assert.Equal("2027-06-30", (string?)step["project"]!["baseline"]!["dueOn"]);
        var change = (await Office.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on Project { changeRequests { nodes { id version status } } } } }", new { id }))
            .AssertNoErrors().Data["node"]!["changeRequests"]!["nodes"]![0]!;
        step = await Call(Office, "decideChange", "DecideChangeInput", new { changeRequestId = (string)change["id"]!, version = (int)change["version"]!, approve = true });
        Assert.Equal("2027-08-31", (string?)step["project"]!["baseline"]!["dueOn"]);

        // The original baseline stays readable: revision 1 from the approval, revision 2 from the change, each with who and when.
        var baselines = (await Official(department, "head", Roles.DepartmentLeader).PostQueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Project { baselineRevision decisions { nodes { toStatus decidedBy } } baselineHistory { nodes { revision approvedBy approvedAt plan { dueOn } replaced { dueOn } changeRequest { id decidedBy } } } } } }", new { id }))
            .AssertNoErrors().Data["node"]!;
        Assert.Equal(2, (int)baselines["baselineRevision"]!);
        var revisions = baselines["baselineHistory"]!["nodes"]!.ToArray();
        Assert.Equal([1, 2], revisions.Select(r => (int)r["revision"]!));
        Assert.Equal(["2027-06-30", "2027-08-31"], revisions.Select(r => (string)r["plan"]!["dueOn"]!));
        Assert.Equal(JTokenType.Null, revisions[0]["replaced"]!.Type);
        Assert.Equal("2027-06-30", (string?)revisions[1]["replaced"]!["dueOn"]);
        Assert.Equal(JTokenType.Null, revisions[0]["changeRequest"]!.Type);
        Assert.Equal((string?)change["id"], (string?)revisions[1]["changeRequest"]!["id"]);
        var approver = (string?)baselines["decisions"]!["nodes"]!.Single(d => (string?)d["toStatus"] == "APPROVED")["decidedBy"];
        Assert.False(string.IsNullOrEmpty(approver));
        Assert.All(revisions, r => Assert.Equal(approver, (string?)r["approvedBy"]));
        Assert.Equal(approver, (string?)revisions[1]["changeRequest"]!["decidedBy"]);
        Assert.Equal("2026-11-20T02:00:00+00:00", (string?)revisions[1]["approvedAt"]);

        // At 10% the owner cannot ask for acceptance, nor give an exception; the office can, stating why.
        var incomplete = await Call(manager, "requestAcceptance", "RequestAcceptanceInput", new { id, version = Version(step) }, expectError: true);
        Assert.Equal(("INVALID_TRANSITION", "exceptionReason"), ((string?)incomplete["errors"]![0]!["code"], (string?)incomplete["errors"]![0]!["field"]));
        var ownException = await manager.PostQueryAsync("mutation($i: RequestAcceptanceInput!) { requestAcceptance(input: $i) { errors { code } } }",
            new { i = new { id, version = Version(step), exceptionReason = "Done enough" } });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], ownException.ErrorCodes);
        step = await Call(Office, "requestAcceptance", "RequestAcceptanceInput", new { id, version = Version(step), exceptionReason = "Pilot acceptance of the first release" });

        var outsiders = (await Office.PostQueryAsync("{ experts(first: 100) { nodes { code isActive affiliation { code } } } }")).AssertNoErrors()
            .Data["experts"]!["nodes"]!.Where(e => (bool)e["isActive"]! && e["affiliation"]!.Type == JTokenType.Null).Take(4).Select(e => (string)e["code"]!).ToArray();
        HttpClient ExpertClient(string code)
        {
            var client = host.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.Expert]) { ObjectId = DemoAccounts.ExpertObjectId(code).ToString() }));
            return client;
        }
        async Task<string> Convene(IEnumerable<string> codes)
        {
            var convened = (await Office.PostQueryAsync("mutation($i: ConveneAcceptanceInput!) { conveneAcceptance(input: $i) { project { version acceptance { id isOpen result } } errors { code field message } } }",
                new { i = new { projectId = id, version = Version(step), heldOn = "2026-11-19", expertCodes = codes.ToArray() } })).AssertNoErrors().Data["conveneAcceptance"]!;
            Assert.True(!convened["errors"]!.Any(), $"conveneAcceptance refused: {convened["errors"]}");
            Assert.Equal((true, JTokenType.Null), ((bool)convened["project"]!["acceptance"]!["isOpen"]!, convened["project"]!["acceptance"]!["result"]!.Type));
            step = new JObject { ["project"] = convened["project"] };
            return (string)convened["project"]!["acceptance"]!["id"]!;
        }
        async Task<JToken> Verdict(string code, string acceptanceId, string verdict, string? comment = null) =>
            (await ExpertClient(code).PostQueryAsync("mutation($i: RecordAcceptanceOpinionInput!) { recordAcceptanceOpinion(input: $i) { acceptance { id } errors { code field } } }",
                new { i = new { acceptanceId, verdict, comment = comment ?? $"Opinion of {code}" } })).AssertNoErrors().Data["recordAcceptanceOpinion"]!;

        // The office convenes; too few experts, or unknown ones, are refused.
        var tooFew = (await Office.PostQueryAsync("mutation($i: ConveneAcceptanceInput!) { conveneAcceptance(input: $i) { errors { code field } } }",
            new { i = new { projectId = id, version = Version(step), heldOn = "2026-11-19", expertCodes = outsiders.Take(2).ToArray() } })).AssertNoErrors().Data["conveneAcceptance"]!;
        Assert.Equal(("VALIDATION", "expertCodes"), ((string?)tooFew["errors"]![0]!["code"], (string?)tooFew["errors"]![0]!["field"]));
        var unknown = (await Office.PostQueryAsync("mutation($i: ConveneAcceptanceInput!) { conveneAcceptance(input: $i) { errors { code field } } }",
            new { i = new { projectId = id, version = Version(step), heldOn = "2026-11-19", expertCodes = new[] { "NOPE", outsiders[0], outsiders[1] } } })).AssertNoErrors().Data["conveneAcceptance"]!;
        Assert.Equal(("NOT_FOUND", "expertCodes"), ((string?)unknown["errors"]![0]!["code"], (string?)unknown["errors"]![0]!["field"]));

        // Three experts, each with their own token, all find it failed: the office cannot record a pass.
        var first = await Convene(outsiders.Take(3));
        Assert.Equal("NOT_PERMITTED", (string?)(await Verdict(outsiders[3], first, "PASSED"))["errors"]![0]!["code"]);
        var early = await Call(Office, "recordAcceptance", "RecordAcceptanceInput", new { projectId = id, version = Version(step), result = "FAILED" }, expectError: true);
        Assert.Equal("INVALID_TRANSITION", (string?)early["errors"]![0]!["code"]);
        foreach (var code in outsiders.Take(3)) Assert.Empty((await Verdict(code, first, "FAILED"))["errors"]!);
        Assert.Equal("VALIDATION", (string?)(await Verdict(outsiders[0], first, "FAILED"))["errors"]![0]!["code"]);
        var contrary = await Call(Office, "recordAcceptance", "RecordAcceptanceInput", new { projectId = id, version = Version(step), result = "PASSED" }, expectError: true);
        Assert.Equal(("CONTRARY_TO_PANEL", "result"), ((string?)contrary["errors"]![0]!["code"], (string?)contrary["errors"]![0]!["field"]));
        step = await Call(Office, "recordAcceptance", "RecordAcceptanceInput", new { projectId = id, version = Version(step), result = "FAILED", notes = "Load tests failed" });
        Assert.Equal("IN_IMPLEMENTATION", (string?)step["project"]!["status"]);
        step = await Call(Office, "requestAcceptance", "RequestAcceptanceInput", new { id, version = Version(step), exceptionReason = "Load tests fixed" });

        // An expert who declared a conflict with the owning department does not judge its project.
        var conflictedExpert = ExpertClient(outsiders[3]);
        (await conflictedExpert.PostQueryAsync("mutation($i: DeclareExpertConflictInput!) { declareExpertConflict(input: $i) { errors { code } } }",
            new { i = new { departmentCode = department, reason = "Advised the department last year" } })).AssertNoErrors();
        var conflicted = (await Office.PostQueryAsync("mutation($i: ConveneAcceptanceInput!) { conveneAcceptance(input: $i) { errors { code message } } }",
            new { i = new { projectId = id, version = Version(step), heldOn = "2026-11-19", expertCodes = outsiders.Skip(1).ToArray() } })).AssertNoErrors().Data["conveneAcceptance"]!;
        Assert.Equal("VALIDATION", (string?)conflicted["errors"]![0]!["code"]);
        Assert.Contains(outsiders[3], (string?)conflicted["errors"]![0]!["message"]);

        // Held the same day as the failure: two pass, one passes with conditions; the majority passes.
        var second = await Convene(outsiders.Take(3));
        Assert.Empty((await Verdict(outsiders[0], second, "PASSED_WITH_CONDITIONS", "Finish the security assessment"))["errors"]!);
        Assert.Empty((await Verdict(outsiders[1], second, "PASSED"))["errors"]!);
        Assert.Empty((await Verdict(outsiders[2], second, "PASSED"))["errors"]!);
        step = await Call(Office, "recordAcceptance", "RecordAcceptanceInput", new { projectId = id, version = Version(step), result = "PASSED" });
        Assert.Equal("ACCEPTED", (string?)step["project"]!["status"]);
        // The accepted project's system enters the inventory of systems in operation.
        var systems = (await Office.PostQueryAsync("{ informationSystems(departmentCode: \"GAJ\", first: 100) { nodes { code name status project { id } } } }"))
            .AssertNoErrors().Data["informationSystems"]!["nodes"]!;
        var built = Assert.Single(systems, s => (string?)s["project"]?["id"] == id);
        Assert.Equal("IN_OPERATION", (string?)built["status"]);

        step = await Call(Office, "recordPostEvaluation", "RecordPostEvaluationInput", new
        {
            projectId = id,
            version = Version(step),
            evaluatedOn = "2026-11-20",
            qualityScore = 88,
            operatingStatus = "STABLE",
            returnOnInvestment = 0.12,
            conclusion = "CONTINUE",
        });
        Assert.Equal("EVALUATED", (string?)step["project"]!["status"]);

        var history = (await Office.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on Project { decisions { nodes { toStatus } } acceptance { result } acceptances { nodes { result isFirstAttempt expertCodes opinions { nodes { verdict comment expert { code } } } } } contracts { totalCount } } } }", new { id }))
            .AssertNoErrors().Data["node"]!;
        Assert.Equal(["SUBMITTED", "UNDER_REVIEW", "APPROVED", "IN_IMPLEMENTATION", "ACCEPTANCE_REQUESTED", "IN_IMPLEMENTATION", "ACCEPTANCE_REQUESTED", "ACCEPTED", "EVALUATED"],
            history["decisions"]!["nodes"]!.Select(d => (string)d["toStatus"]!));
        Assert.Equal(2, (int)history["contracts"]!["totalCount"]!);
        Assert.Equal([false, true], history["acceptances"]!["nodes"]!.Select(a => (bool)a["isFirstAttempt"]!));
        Assert.Equal(3, history["acceptances"]!["nodes"]![0]!["expertCodes"]!.Count());
        // Each expert's own verdict is kept with the acceptance (listed in no particular order).
        Assert.Equal(["PASSED", "PASSED", "PASSED_WITH_CONDITIONS"],
            history["acceptances"]!["nodes"]![0]!["opinions"]!["nodes"]!.Select(o => (string)o["verdict"]!).Order());
        Assert.Equal(["FAILED", "FAILED", "FAILED"], history["acceptances"]!["nodes"]![1]!["opinions"]!["nodes"]!.Select(o => (string)o["verdict"]!));
        Assert.Equal("PASSED", (string?)history["acceptance"]!["result"]);
    }

    [Fact]
    public async Task An_information_manager_without_a_delegation_cannot_sign()
    {
        // MZJ's head holds the contract-signing responsibility without delegating it.
        var manager = Official("MZJ", "cio", Roles.InformationManager);
        var running = (await Office.PostQueryAsync("{ projects(first: 100, filter: { departmentCode: \"MZJ\", statuses: [IN_IMPLEMENTATION] }) { nodes { id } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]!.FirstOrDefault();
        Assert.NotNull(running);
        var (tenderId, vendorId) = await Delivery.Procurement.AwardedTenderAsync(Office, (string)running!["id"]!);
        var refused = await Call(manager, "signContract", "SignContractInput",
            new { projectId = (string)running!["id"]!, number = "HT-NODELEG", vendorId, tenderId, amount = new { amount = 1000 }, signedOn = "2026-11-18" }, expectError: true);
        Assert.Equal("NOT_PERMITTED", (string?)refused["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task Progress_may_only_go_down_with_an_explanation()
    {
        var running = (await Office.PostQueryAsync("{ projects(first: 100, filter: { statuses: [IN_IMPLEMENTATION] }) { nodes { id department { code } latestProgressReport { month progressPercent } } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]!
            .First(p => p["latestProgressReport"] is JObject r && (string?)r["month"] == "2026-10-01" && (int)r["progressPercent"]! > 5);
        var department = (string)running["department"]!["code"]!;
        var lower = (int)running["latestProgressReport"]!["progressPercent"]! - 5;
        var manager = host.ClientAs(department, Roles.InformationManager);
        var input = new { projectId = (string)running["id"]!, month = "2026-11-01", progressPercent = lower, spendToDate = new { amount = 1 }, explanation = (string?)null };
        var refused = await Call(manager, "submitProgressReport", "SubmitProgressReportInput", input, expectError: true);
        Assert.Equal(("VALIDATION", "explanation"), ((string?)refused["errors"]![0]!["code"], (string?)refused["errors"]![0]!["field"]));
        await Call(manager, "submitProgressReport", "SubmitProgressReportInput", input with { explanation = "Rework after the security review" });
    }

    [Fact]
    public async Task A_refused_change_keeps_the_baseline_and_one_request_waits_at_a_time()
    {
        var project = (await Office.PostQueryAsync("""
            { projects(first: 100, filter: { departmentCode: "JTJ", statuses: [IN_IMPLEMENTATION] }) { nodes { id baseline { dueOn } changeRequests { nodes { status } } } } }
            """)).AssertNoErrors().Data["projects"]!["nodes"]!
            .First(p => p["changeRequests"]!["nodes"]!.All(c => (string?)c["status"] != "PENDING"));
        var id = (string)project["id"]!;
        var dueOn = (string)project["baseline"]!["dueOn"]!;
        var manager = host.ClientAs("JTJ", Roles.InformationManager);
        var request = new { projectId = id, kind = "DATES", reason = "Vendor delay", dueOn = "2028-06-30" };
        await Call(manager, "requestChange", "RequestChangeInput", request);
        var second = await Call(manager, "requestChange", "RequestChangeInput", request with { reason = "Another" }, expectError: true);
        Assert.Equal("INVALID_TRANSITION", (string?)second["errors"]![0]!["code"]);

        var change = (await Office.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on Project { changeRequests { nodes { id version status } } } } }", new { id }))
            .AssertNoErrors().Data["node"]!["changeRequests"]!["nodes"]!.First(c => (string?)c["status"] == "PENDING");
        var refused = await Call(Office, "decideChange", "DecideChangeInput", new { changeRequestId = (string)change["id"]!, version = (int)change["version"]!, approve = false, note = "No special reason" });
        Assert.Equal(dueOn, (string?)refused["project"]!["baseline"]!["dueOn"]);

        var tender = await Call(manager, "recordTender", "RecordTenderInput",
            new { projectId = id, title = "Late award", method = "INQUIRY", publishedOn = "2026-11-10", awardedOn = "2026-11-01" }, expectError: true);
        Assert.Equal(("VALIDATION", "awardedOn"), ((string?)tender["errors"]![0]!["code"], (string?)tender["errors"]![0]!["field"]));
    }
}
