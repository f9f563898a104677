using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Projects.Delivery;

/// <summary>
/// A milestone reached late moves the project's schedule variance (and colour) whatever its reported progress:
/// open past its date it counts the days so far; recorded reached, the days it was late. It is listed in the
/// month's bulletin and its printed document. Only the owning department records it, once, not ahead of time.
/// </summary>
public sealed class MilestoneCompletionTests(MilestoneCompletionTests.Host host) : IClassFixture<MilestoneCompletionTests.Host>
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

    private const string Health = """
        query($code: String!) { project(code: $code) { colour scheduleVariance { ratio } currentPlan { durationDays }
          milestones(first: 10) { nodes { id name version dueOn completedOn evidence daysLate } } } }
        """;

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task A_milestone_reached_late_moves_the_schedule_variance_and_is_in_the_bulletin()
    {
        var project = await ProjectUnderWay.StartAsync(host, "GAJ", "里程碑测试项目", "2026-11-20", "2027-11-19",
            ("设计评审通过", "2027-01-20"), ("上线试运行", "2027-09-30"));
        HttpClient Manager() => ProjectUnderWay.Official(host, "GAJ", "cio", Roles.InformationManager);
        HttpClient Office() => host.ClientAs("XXB", Roles.CommitteeOffice);

        // 5 March 2027: February's report keeps pace with the plan, so progress alone shows no delay.
        host.Clock.Now = new DateTimeOffset(2027, 3, 5, 10, 0, 0, Beijing);
        await ProjectUnderWay.CallAsync(Manager(), "submitProgressReport", "SubmitProgressReportInput",
            new { projectId = project.Id, month = "2027-02-01", progressPercent = 30, spendToDate = new { amount = 170000 } });
        var before = await HealthAsync(Office(), project.Code);
        var duration = (int)before["currentPlan"]!["durationDays"]!;
        var design = before["milestones"]!["nodes"]!.Single(m => (string?)m["name"] == "设计评审通过");
        Assert.Equal((JTokenType.Null, 44), (design["completedOn"]!.Type, (int)design["daysLate"]!));
        Assert.Equal(Math.Round(44m / duration, 4), Math.Round((decimal)before["scheduleVariance"]!["ratio"]!, 4));
        Assert.Equal("AMBER", (string?)before["colour"]); // 12%: between 10% and 30%

        // Refused: ahead of time, by another department, with a stale version, without evidence.
        var input = new { milestoneId = (string)design["id"]!, version = (int)design["version"]!, completedOn = "2027-02-19", evidence = "设计评审会议纪要 GAJ-2027-07" };
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(Manager(), "completeMilestone", "CompleteMilestoneInput", input with { completedOn = "2027-03-06" }));
        Assert.Equal("NOT_PERMITTED", await ProjectUnderWay.RefusalAsync(ProjectUnderWay.Official(host, "MZJ", "cio", Roles.InformationManager),
            "completeMilestone", "CompleteMilestoneInput", input));
        Assert.Equal("CONFLICT", await ProjectUnderWay.RefusalAsync(Manager(), "completeMilestone", "CompleteMilestoneInput", input with { version = input.version + 1 }));
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(Manager(), "completeMilestone", "CompleteMilestoneInput", input with { evidence = " " }));

        // Reached on 19 February, 30 days late: the variance is that share of the duration, and the colour turns green.
        var done = await ProjectUnderWay.CallAsync(Manager(), "completeMilestone", "CompleteMilestoneInput", input,
            "milestone { completedOn evidence daysLate version project { code } }");
        Assert.Equal(("2027-02-19", 30, "设计评审会议纪要 GAJ-2027-07"),
            ((string?)done["milestone"]!["completedOn"], (int)done["milestone"]!["daysLate"]!, (string?)done["milestone"]!["evidence"]));
        var after = await HealthAsync(Office(), project.Code);
        Assert.Equal(Math.Round(30m / duration, 4), Math.Round((decimal)after["scheduleVariance"]!["ratio"]!, 4));
        Assert.Equal("GREEN", (string?)after["colour"]);
        Assert.Equal("INVALID_TRANSITION", await ProjectUnderWay.RefusalAsync(Manager(), "completeMilestone", "CompleteMilestoneInput",
            input with { version = (int)done["milestone"]!["version"]! }));

        // February's bulletin lists it reached late; March's does not (it was reached before March).
        Assert.Contains(project.Code, await LateInBulletinAsync(Office(), "2027-02-01"));
        Assert.DoesNotContain(project.Code, await LateInBulletinAsync(Office(), "2027-03-01"));
        var html = await (await Office().GetAsync("/bulletins/2027-02")).Content.ReadAsStringAsync();
        Assert.Contains("九、里程碑逾期的项目（", html);
        Assert.Contains("<td>设计评审通过</td><td>2027-01-20</td><td>2027-02-19</td>", html);
    }

    [Fact]
    public async Task A_milestone_is_not_completed_before_the_project_is_under_way()
    {
        var office = host.OfficeClient();
        var approved = (await office.PostQueryAsync(
            "{ projects(first: 1, filter: { statuses: [APPROVED] }) { nodes { code department { code } milestones(first: 1) { nodes { id version } } } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]!.Single();
        var milestone = approved["milestones"]!["nodes"]![0]!;
        var owner = ProjectUnderWay.Official(host, (string)approved["department"]!["code"]!, "cio", Roles.InformationManager);
        Assert.Equal("INVALID_TRANSITION", await ProjectUnderWay.RefusalAsync(owner, "completeMilestone", "CompleteMilestoneInput",
            new { milestoneId = (string)milestone["id"]!, version = (int)milestone["version"]!, completedOn = "2026-11-01", evidence = "x" }));
    }

    private static async Task<JToken> HealthAsync(HttpClient client, string code) =>
        (await client.PostQueryAsync(Health, new { code })).AssertNoErrors().Data["project"]!;

    private static async Task<List<string>> LateInBulletinAsync(HttpClient office, string month) =>
        (await office.PostQueryAsync("query($m: DateOnly!) { bulletin(month: $m) { lateMilestones(first: 100) { nodes { project { code } } } } }", new { m = month }))
            .AssertNoErrors().Data["bulletin"]!["lateMilestones"]!["nodes"]!.Select(n => (string)n["project"]!["code"]!).ToList();
}
