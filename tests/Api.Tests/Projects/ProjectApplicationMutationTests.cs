using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Projects;

/// <summary>Drafting, editing, submitting and cancelling applications, on a database of their own.</summary>
public sealed class ProjectApplicationMutationTests(ProjectApplicationMutationTests.Host host) : IClassFixture<ProjectApplicationMutationTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private const string Create = """
        mutation($input: CreateProjectDraftInput!) {
          createProjectDraft(input: $input) { project { id code version status department { code } currentPlan { budget { amount } } } errors { code message field currentVersion } }
        }
        """;

    private static object Draft(string department = "GAJ", decimal amount = 500_000m, string? feasibility = null) => new
    {
        departmentCode = department,
        name = "智慧警务数据中台",
        nameEn = "Policing data platform",
        level = "DEPARTMENTAL",
        scope = "Integrate case, population and traffic data for analysis.",
        budget = new { amount },
        startOn = "2027-03-01",
        dueOn = "2027-12-31",
        feasibilityStudyReference = feasibility,
    };

    private HttpClient Manager(string department = "GAJ") => host.ClientAs(department, Roles.InformationManager);

    private static JToken Payload(GraphQLResponse response, string field) => response.AssertNoErrors().Data[field]!;

    private async Task<JToken> CreateDraft(string? feasibility = null) =>
        Payload(await Manager().PostQueryAsync(Create, new { input = Draft(feasibility: feasibility) }), "createProjectDraft")["project"]!;

    [Fact]
    public async Task An_information_manager_drafts_an_application_of_the_own_department()
    {
        var payload = Payload(await Manager().PostQueryAsync(Create, new { input = Draft() }), "createProjectDraft");
        Assert.Empty(payload["errors"]!);
        var project = payload["project"]!;
        Assert.Equal("DRAFT", (string?)project["status"]);
        Assert.Equal("GAJ", (string?)project["department"]!["code"]);
        Assert.Equal(1, (int)project["version"]!);
        Assert.Matches(@"^XM-\d{4}-\d{3}$", (string)project["code"]!);
        Assert.Equal(500_000m, (decimal)project["currentPlan"]!["budget"]!["amount"]!);
    }

    [Fact]
    public async Task Another_departments_application_is_not_permitted_and_nothing_is_written()
    {
        var before = await CountProjects();
        var payload = Payload(await Manager("MZJ").PostQueryAsync(Create, new { input = Draft("GAJ") }), "createProjectDraft");
        Assert.Equal(JTokenType.Null, payload["project"]!.Type);
        Assert.Equal("NOT_PERMITTED", (string?)payload["errors"]![0]!["code"]);
        Assert.Equal(before, await CountProjects());
    }

    [Theory]
    [InlineData("NOPE", 1, "NOT_FOUND", "departmentCode")]
    [InlineData("GAJ", 0, "VALIDATION", "budget.amount")]
    [InlineData("GAJ", 0.001, "VALIDATION", "budget.amount")]
    public async Task Bad_input_is_refused_with_the_field_at_fault(string department, double amount, string code, string field)
    {
        var payload = Payload(await host.ClientAs(department == "NOPE" ? "XXB" : "GAJ", Roles.CommitteeOffice, Roles.InformationManager)
            .PostQueryAsync(Create, new { input = Draft(department, (decimal)amount) }), "createProjectDraft");
        var error = Assert.Single(payload["errors"]!);
        Assert.Equal((code, field), ((string?)error["code"], (string?)error["field"]));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_the_current_version_is_returned()
    {
        var project = await CreateDraft();
        const string update = "mutation($input: UpdateProjectDraftInput!) { updateProjectDraft(input: $input) { project { version name } errors { code field currentVersion } } }";
        var first = Payload(await Manager().PostQueryAsync(update, new { input = new { id = (string)project["id"]!, version = 1, name = "改名一" } }), "updateProjectDraft");
        Assert.Equal(2, (int)first["project"]!["version"]!);

        var stale = Payload(await Manager().PostQueryAsync(update, new { input = new { id = (string)project["id"]!, version = 1, name = "改名二" } }), "updateProjectDraft");
        Assert.Equal("CONFLICT", (string?)stale["errors"]![0]!["code"]);
        Assert.Equal(2, (int)stale["errors"]![0]!["currentVersion"]!);
        Assert.Equal("改名一", await NameOf((string)project["code"]!));
    }

    [Fact]
    public async Task Concurrent_edits_of_one_version_let_exactly_one_through()
    {
        var project = await CreateDraft();
        var id = (string)project["id"]!;
        const string update = "mutation($input: UpdateProjectDraftInput!) { updateProjectDraft(input: $input) { project { version name } errors { code } } }";
        var attempts = Enumerable.Range(1, 12).Select(i => Manager().PostQueryAsync(update, new { input = new { id, version = 1, name = $"并发修改{i}" } }));
        var results = (await Task.WhenAll(attempts)).Select(r => Payload(r, "updateProjectDraft")).ToList();

        var winners = results.Where(r => r["project"]!.Type == JTokenType.Object).ToList();
        var winner = Assert.Single(winners);
        Assert.All(results.Except(winners), r => Assert.Equal("CONFLICT", (string?)r["errors"]![0]!["code"]));
        Assert.Equal(2, (int)winner["project"]!["version"]!);
        Assert.Equal((string?)winner["project"]!["name"], await NameOf((string)project["code"]!));
    }

    [Fact]
    public async Task Submission_needs_the_feasibility_study_and_sets_the_review_due_date()
    {
        var project = await CreateDraft();
        const string submit = "mutation($input: ProjectVersionInput!) { submitProject(input: $input) { project { status version submittedOn reviewDueOn } errors { code field } } }";
        var refused = Payload(await Manager().PostQueryAsync(submit, new { input = new { id = (string)project["id"]!, version = 1 } }), "submitProject");
        Assert.Equal(("VALIDATION", "feasibilityStudyReference"), ((string?)refused["errors"]![0]!["code"], (string?)refused["errors"]![0]!["field"]));

        var ready = await CreateDraft(feasibility: "KY-2026-900");
        var submitted = Payload(await Manager().PostQueryAsync(submit, new { input = new { id = (string)ready["id"]!, version = 1 } }), "submitProject")["project"]!;
        Assert.Equal("SUBMITTED", (string?)submitted["status"]);
        // Submitted Friday 20 November 2026: 15 working days later, skipping weekends.
        Assert.Equal(("2026-11-20", "2026-12-11"), ((string?)submitted["submittedOn"], (string?)submitted["reviewDueOn"]));

        var again = Payload(await Manager().PostQueryAsync(submit, new { input = new { id = (string)ready["id"]!, version = 2 } }), "submitProject");
        Assert.Equal("INVALID_TRANSITION", (string?)again["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_is_impossible_after_acceptance()
    {
        var project = await CreateDraft();
        const string cancel = "mutation($input: CancelProjectInput!) { cancelProject(input: $input) { project { status } errors { code field } } }";
        var noReason = Payload(await Manager().PostQueryAsync(cancel, new { input = new { id = (string)project["id"]!, version = 1, reason = " " } }), "cancelProject");
        Assert.Equal(("VALIDATION", "reason"), ((string?)noReason["errors"]![0]!["code"], (string?)noReason["errors"]![0]!["field"]));
        var cancelled = Payload(await Manager().PostQueryAsync(cancel, new { input = new { id = (string)project["id"]!, version = 1, reason = "Merged into the city platform" } }), "cancelProject");
        Assert.Equal("CANCELLED", (string?)cancelled["project"]!["status"]);

        var accepted = (await host.OfficeClient().PostQueryAsync("{ projects(first: 1, filter: { statuses: [ACCEPTED] }) { nodes { id version } } }")).AssertNoErrors()
            .Data["projects"]!["nodes"]![0]!;
        var refused = Payload(await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(cancel,
            new { input = new { id = (string)accepted["id"]!, version = (int)accepted["version"]!, reason = "Too late" } }), "cancelProject");
        Assert.Equal("INVALID_TRANSITION", (string?)refused["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task Every_outcome_is_audited_with_the_responses_correlation_id()
    {
        var created = await Manager().PostQueryAsync(Create, new { input = Draft() });
        var id = (string)created.Data["createProjectDraft"]!["project"]!["id"]!;
        var correlation = (string?)created.Body["extensions"]!["correlationId"];
        Assert.False(string.IsNullOrEmpty(correlation));
        var refused = await Manager("MZJ").PostQueryAsync("mutation($i: ProjectVersionInput!) { submitProject(input: $i) { errors { code } } }", new { i = new { id, version = 1 } });
        Assert.Equal("NOT_PERMITTED", (string?)refused.Data["submitProject"]!["errors"]![0]!["code"]);

        var trail = (await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(
            "query($id: ID!) { auditEntries(filter: { entityId: $id }) { nodes { action outcome code roleUsed actorDepartment correlationId details } } }", new { id }))
            .AssertNoErrors().Data["auditEntries"]!["nodes"]!.ToList();
        var success = Assert.Single(trail, e => (string?)e["action"] == "createProjectDraft");
        Assert.Equal(("SUCCEEDED", "Gov.InformationManager", "GAJ", correlation),
            ((string?)success["outcome"], (string?)success["roleUsed"], (string?)success["actorDepartment"], (string?)success["correlationId"]));
        Assert.Contains(trail, e => (string?)e["action"] == "submitProject" && (string?)e["outcome"] == "REFUSED" && (string?)e["code"] == "NOT_PERMITTED");

        var staff = await host.ClientAs("GAJ", Roles.Staff).PostQueryAsync("{ auditEntries { totalCount } }");
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], staff.ErrorCodes);
    }

    private async Task<int> CountProjects() =>
        (int)(await host.OfficeClient().PostQueryAsync("{ projects { totalCount } }")).AssertNoErrors().Data["projects"]!["totalCount"]!;

    private async Task<string?> NameOf(string code) =>
        (string?)(await host.OfficeClient().PostQueryAsync("query($c: String!) { project(code: $c) { name } }", new { c = code })).AssertNoErrors().Data["project"]!["name"];

    [Fact]
    public async Task The_office_or_the_owning_leader_publishes_an_approved_projects_status_and_withdraws_it()
    {
        var approved = (await host.OfficeClient().PostQueryAsync("{ projects(first: 1, filter: { departmentCode: \"GAJ\", statuses: [IN_IMPLEMENTATION] }) { nodes { id code version isPublished } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]![0]!;
        Assert.True((bool)approved["isPublished"]!);
        const string publish = "mutation($i: PublishProjectInput!) { publishProject(input: $i) { project { version isPublished } errors { code field } } }";
        const string portal = "query($c: String!) { project(code: $c) { code status } }";

        var foreignLeader = Payload(await host.ClientAs("MZJ", Roles.DepartmentLeader).PostQueryAsync(publish,
            new { i = new { id = (string)approved["id"]!, version = (int)approved["version"]!, published = false } }), "publishProject");
        Assert.Equal("NOT_PERMITTED", (string?)foreignLeader["errors"]![0]!["code"]);
        var withdrawn = Payload(await host.ClientAs("GAJ", Roles.DepartmentLeader).PostQueryAsync(publish,
            new { i = new { id = (string)approved["id"]!, version = (int)approved["version"]!, published = false } }), "publishProject")["project"]!;
        Assert.False((bool)withdrawn["isPublished"]!);
        var hidden = (await host.CreateClient().PostQueryAsync(portal, new { c = (string)approved["code"]! })).AssertNoErrors();
        Assert.Equal(JTokenType.Null, hidden.Data["project"]!.Type);

        Payload(await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(publish,
            new { i = new { id = (string)approved["id"]!, version = (int)withdrawn["version"]!, published = true } }), "publishProject");
        var shown = (await host.CreateClient().PostQueryAsync(portal, new { c = (string)approved["code"]! })).AssertNoErrors();
        Assert.Equal((string)approved["code"]!, (string?)shown.Data["project"]!["code"]);

        // A draft is not published; a draft can be put on the reserve list from the start.
        var draft = Payload(await Manager().PostQueryAsync(Create.Replace("department { code }", "department { code } fundingCategory"),
            new
            {
                input = new
                {
                    departmentCode = "GAJ",
                    name = "储备项目",
                    level = "DEPARTMENTAL",
                    scope = "Reserve",
                    budget = new { amount = 100000 },
                    startOn = "2027-03-01",
                    dueOn = "2027-12-31",
                    fundingCategory = "RESERVE"
                }
            }), "createProjectDraft")["project"]!;
        Assert.Equal("RESERVE", (string?)draft["fundingCategory"]);
        var early = Payload(await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(publish,
            new { i = new { id = (string)draft["id"]!, version = (int)draft["version"]!, published = true } }), "publishProject");
        Assert.Equal(("INVALID_TRANSITION", "published"), ((string?)early["errors"]![0]!["code"], (string?)early["errors"]![0]!["field"]));
    }
}
