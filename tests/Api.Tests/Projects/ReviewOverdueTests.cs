using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Api.Tests.Projects;

/// <summary>
/// A submitted application whose review falls due without an expert panel: flagged on the project, counted in the
/// department's roll-up and listed in the month's bulletin (query and printed document) once the due date has
/// passed, and no longer once the office draws the panel.
/// </summary>
public sealed class ReviewOverdueTests(ReviewOverdueTests.Host host) : IClassFixture<ReviewOverdueTests.Host>
{
    /// <summary>A host of its own whose clock the test moves.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        public ShiftableTimeProvider Clock { get; } = new(Now);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    private const string Flag = "query($code: String!) { project(code: $code) { status reviewDueOn isReviewOverdue } }";

    [Fact]
    public async Task A_review_past_its_due_date_without_a_panel_is_flagged_counted_and_in_the_bulletin_until_the_panel_is_drawn()
    {
        // Tokens are minted at the clock's time: each step takes a fresh client after moving it.
        HttpClient Office() => host.ClientAs("XXB", Roles.CommitteeOffice);
        var office = Office();
        var manager = host.ClientAs("GAJ", Roles.InformationManager);
        var created = (await manager.PostQueryAsync(
            "mutation($i: CreateProjectDraftInput!) { createProjectDraft(input: $i) { project { id code } errors { code } } }",
            new { i = new { departmentCode = "GAJ", name = "评审逾期测试项目", level = "DEPARTMENTAL", scope = "Overdue review", budget = new { amount = 300000 }, startOn = "2027-02-01", dueOn = "2027-10-31", feasibilityStudyReference = "KY-OVERDUE" } }))
            .AssertNoErrors().Data["createProjectDraft"]!["project"]!;
        var (id, code) = ((string)created["id"]!, (string)created["code"]!);
        var submitted = (await manager.PostQueryAsync("mutation($i: ProjectVersionInput!) { submitProject(input: $i) { project { version reviewDueOn } errors { code } } }",
            new { i = new { id, version = 1 } })).AssertNoErrors().Data["submitProject"]!["project"]!;
        var dueOn = DateOnly.Parse((string)submitted["reviewDueOn"]!, System.Globalization.CultureInfo.InvariantCulture);

        // On the due date itself the office still has the day.
        host.Clock.Now = new DateTimeOffset(dueOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
        office = Office();
        Assert.False((bool)(await office.PostQueryAsync(Flag, new { code })).AssertNoErrors().Data["project"]!["isReviewOverdue"]!);
        var others = await OverdueInRollUpAsync(office); // the demo data's own overdue applications of GAJ

        // The day after: flagged, counted, and in that month's bulletin and its printed document.
        host.Clock.Now = host.Clock.Now.AddDays(1);
        office = Office();
        var project = (await office.PostQueryAsync(Flag, new { code })).AssertNoErrors().Data["project"]!;
        Assert.Equal(("SUBMITTED", true), ((string?)project["status"], (bool)project["isReviewOverdue"]!));
        Assert.Equal(others + 1, await OverdueInRollUpAsync(office));
        var month = $"{host.Clock.Now.AddHours(8):yyyy-MM}";
        Assert.Contains(code, await BulletinCodesAsync(office, month));
        var html = await (await office.GetAsync($"/bulletins/{month}")).Content.ReadAsStringAsync();
        Assert.Contains("八、逾期未组织专家评审的项目（", html);
        Assert.Contains($"<td>{code}</td>", html);
        Assert.Contains($"<td>{dueOn:yyyy-MM-dd}</td>", html);

        // A department's staff sees the flag on its own project too.
        Assert.True((bool)(await host.ClientAs("GAJ", Roles.Staff).PostQueryAsync(Flag, new { code })).AssertNoErrors().Data["project"]!["isReviewOverdue"]!);

        // The panel drawn: under review, no longer overdue anywhere.
        var drawn = (await office.PostQueryAsync(
            "mutation($i: DrawReviewPanelInput!) { drawReviewPanel(input: $i) { project { status isReviewOverdue } errors { code message } } }",
            new { i = new { projectId = id, version = (int)await VersionAsync(office, code), category = "software", size = 3, meetingOn = $"{dueOn.AddDays(7):yyyy-MM-dd}" } }))
            .AssertNoErrors().Data["drawReviewPanel"]!;
        Assert.Empty(drawn["errors"]!);
        Assert.Equal(("UNDER_REVIEW", false), ((string?)drawn["project"]!["status"], (bool)drawn["project"]!["isReviewOverdue"]!));
        Assert.Equal(others, await OverdueInRollUpAsync(office));
        Assert.DoesNotContain(code, await BulletinCodesAsync(office, month));
    }

    private static async Task<int> OverdueInRollUpAsync(HttpClient office)
    {
        var groups = (await office.PostQueryAsync("{ portfolio(groupBy: DEPARTMENT, first: 100) { nodes { department { code } reviewsOverdue } } }")).AssertNoErrors().Data["portfolio"]!["nodes"]!;
        return (int)groups.Single(g => (string?)g["department"]?["code"] == "GAJ")["reviewsOverdue"]!;
    }

    private static async Task<List<string>> BulletinCodesAsync(HttpClient office, string month) =>
        (await office.PostQueryAsync("query($m: DateOnly!) { bulletin(month: $m) { reviewsOverdue(first: 100) { nodes { code } } } }", new { m = month + "-01" }))
            .AssertNoErrors().Data["bulletin"]!["reviewsOverdue"]!["nodes"]!.Select(n => (string)n["code"]!).ToList();

    private static async Task<int> VersionAsync(HttpClient office, string code) =>
        (int)(await office.PostQueryAsync("query($code: String!) { project(code: $code) { version } }", new { code })).AssertNoErrors().Data["project"]!["version"]!;
}
