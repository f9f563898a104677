using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class ProgressReportRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly DateOnly November = new(2026, 11, 1);

    private static ProgressReport Previous(int percent) => new()
    {
        ProjectId = Guid.NewGuid(),
        Month = new DateOnly(2026, 10, 1),
        ProgressPercent = percent,
        SpendToDate = Money.Cny(1000m),
        SubmittedAt = DateTimeOffset.UtcNow,
    };

    private static string? Refusal(ProjectStatus status = ProjectStatus.InImplementation, DateOnly? month = null, int percent = 50,
        decimal spend = 1000m, string? explanation = null, ProgressReport? previous = null, bool reported = false)
    {
        try
        {
            ProgressReportRules.Check(ProjectFactory.In(status), month ?? November, percent, Money.Cny(spend), explanation, previous, reported, Today);
            return null;
        }
        catch (RuleViolation violation)
        {
            return violation.Field ?? violation.Code;
        }
    }

    [Fact]
    public void A_report_of_a_project_under_way_for_a_begun_month_passes() => Assert.Null(Refusal());

    [Fact]
    public void Only_projects_under_way_report() => Assert.Equal("INVALID_TRANSITION", Refusal(status: ProjectStatus.Approved));

    [Theory]
    [InlineData(2026, 11, 2)]
    [InlineData(2026, 12, 1)]
    public void The_month_is_a_begun_month_given_by_its_first_day(int year, int month, int day) =>
        Assert.Equal("month", Refusal(month: new DateOnly(year, month, day)));

    [Fact]
    public void One_report_per_month() => Assert.Equal("month", Refusal(reported: true));

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Progress_is_a_percentage(int percent) => Assert.Equal("progressPercent", Refusal(percent: percent));

    [Fact]
    public void Spend_is_not_negative() => Assert.Equal("spendToDate.amount", Refusal(spend: -1m));

    [Fact]
    public void A_decrease_needs_an_explanation()
    {
        Assert.Equal("explanation", Refusal(percent: 40, previous: Previous(50)));
        Assert.Null(Refusal(percent: 40, previous: Previous(50), explanation: "Rework after the security review"));
        Assert.Null(Refusal(percent: 60, previous: Previous(50)));
    }
}
