using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class MonthlyBulletinTests
{
    private static readonly DateOnly June = new(2026, 6, 1);

    private static ProgressReport Report(Project project, int month, int progress, decimal spent) => new()
    {
        ProjectId = project.Id,
        Month = new DateOnly(2026, month, 1),
        ProgressPercent = progress,
        SpendToDate = Money.Cny(spent),
        SubmittedAt = ProjectFactory.Monday,
    };

    private static bool InJune(DateTimeOffset at) => at.Year == 2026 && at.Month == 6;

    [Fact]
    public void A_fixture_month_lists_the_expected_projects()
    {
        // All three started on 2 March against a baseline of 1,000,000 from 1 January to 1 November.
        var behindAndOver = ProjectFactory.In(ProjectStatus.InImplementation);
        var owesJune = ProjectFactory.In(ProjectStatus.InImplementation);
        var silent = ProjectFactory.In(ProjectStatus.InImplementation);
        var draft = ProjectFactory.Draft();
        var reports = new[]
        {
            Report(behindAndOver, 5, 40, 450_000), Report(behindAndOver, 6, 50, 600_000), // planned 59% by 30 June; earned 500,000 for 600,000 paid
            Report(owesJune, 5, 55, 300_000),                                            // 55% with 300,000 paid: ahead on cost
            Report(silent, 3, 5, 10_000),                                                 // nothing since March
        };
        var bulletin = MonthlyBulletin.Compute(June, new DateOnly(2026, 11, 20), InJune, [behindAndOver, owesJune, silent, draft], reports, [],
            [(new DateOnly(2026, 6, 10), Money.Cny(200_000)), (new DateOnly(2026, 7, 1), Money.Cny(999))],
            [(new DateOnly(2026, 6, 30), Money.Cny(50_000)), (new DateOnly(2026, 5, 31), Money.Cny(999))]);

        Assert.Empty(bulletin.Started);
        Assert.Empty(bulletin.Finished);
        Assert.Contains(behindAndOver, bulletin.BehindSchedule);
        Assert.Equal([behindAndOver], bulletin.OverBudget);
        Assert.Equal([owesJune, silent], bulletin.ReportsMissing.OrderBy(p => p == silent ? 1 : 0));
        Assert.Equal([silent], bulletin.Stale);
        Assert.Equal(Money.Cny(200_000), bulletin.Allocated);
        Assert.Equal(Money.Cny(50_000), bulletin.Spent);

        var march = MonthlyBulletin.Compute(new DateOnly(2026, 3, 1), new DateOnly(2026, 11, 20), _ => false, [behindAndOver, owesJune, silent, draft], reports, [], [], []);
        Assert.Equal(3, march.Started.Count);
        Assert.Empty(march.ReportsMissing); // a project owes no report for the month it started in
    }
}
