using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Common;

/// <summary>Dates recorded by mutations are the deployment's dates (Asia/Shanghai), not UTC dates:
/// at 07:30 local time it is still the day before in UTC. A host of its own whose clock stands there.</summary>
public sealed class LocalTimeTests(LocalTimeTests.Host host) : IClassFixture<LocalTimeTests.Host>
{
    public sealed class Host : InfoGovApiFactory
    {
        /// <summary>Friday 20 November 2026, 07:30 in Shanghai; Thursday 19 November in UTC.</summary>
        protected override DateTimeOffset ClockTime => new(2026, 11, 19, 23, 30, 0, TimeSpan.Zero);
    }

    [Fact]
    public async Task At_half_past_seven_local_time_a_submission_is_dated_today_and_its_review_due_date_counts_from_today()
    {
        var manager = host.ClientAs("GAJ", Roles.InformationManager);
        var created = (await manager.PostQueryAsync("""
            mutation($i: CreateProjectDraftInput!) { createProjectDraft(input: $i) { project { id version } errors { code } } }
            """, new
        {
            i = new
            {
                departmentCode = "GAJ",
                name = "时区测试项目",
                level = "DEPARTMENTAL",
                scope = "Time zone test",
                budget = new { amount = 100000 },
                startOn = "2027-01-04",
                dueOn = "2027-06-30",
                feasibilityStudyReference = "KY-TZ"
            }
        })).AssertNoErrors().Data["createProjectDraft"]!["project"]!;
        var submitted = (await manager.PostQueryAsync(
            "mutation($i: ProjectVersionInput!) { submitProject(input: $i) { project { submittedOn reviewDueOn } errors { code } } }",
            new { i = new { id = (string)created["id"]!, version = (int)created["version"]! } })).AssertNoErrors().Data["submitProject"]!["project"]!;
        Assert.Equal("2026-11-20", (string?)submitted["submittedOn"]);
        // Fifteen working days after Friday 20 November: 11 December.
        Assert.Equal("2026-12-11", (string?)submitted["reviewDueOn"]);
    }
}
