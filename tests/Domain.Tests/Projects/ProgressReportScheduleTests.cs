using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class ProgressReportScheduleTests
{
    private static readonly ProgressReportSchedule Schedule = new(dueDayOfFollowingMonth: 10);
    private static readonly DateOnly StartedInJanuary = new(2026, 1, 15);

    [Fact]
    public void October_report_is_due_on_the_tenth_of_November() =>
        Assert.Equal(new DateOnly(2026, 11, 10), Schedule.DueOn(new DateOnly(2026, 10, 1)));

    [Fact]
    public void Missing_last_month_report_is_overdue_after_its_due_day() =>
        Assert.True(Schedule.IsOverdue(ProjectStatus.InImplementation, StartedInJanuary, new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 11)));

    [Fact]
    public void Last_month_report_is_not_yet_overdue_before_its_due_day() =>
        Assert.False(Schedule.IsOverdue(ProjectStatus.InImplementation, StartedInJanuary, new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 10)));

    [Fact]
    public void Before_the_due_day_the_month_before_is_owed() =>
        Assert.True(Schedule.IsOverdue(ProjectStatus.InImplementation, StartedInJanuary, new DateOnly(2026, 8, 1), new DateOnly(2026, 11, 5)));

    [Fact]
    public void A_filed_report_for_last_month_is_on_time() =>
        Assert.False(Schedule.IsOverdue(ProjectStatus.InImplementation, StartedInJanuary, new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 20)));

    [Fact]
    public void A_project_started_this_month_owes_nothing() =>
        Assert.False(Schedule.IsOverdue(ProjectStatus.InImplementation, new DateOnly(2026, 11, 2), null, new DateOnly(2026, 11, 20)));

    [Fact]
    public void A_project_never_reporting_is_overdue() =>
        Assert.True(Schedule.IsOverdue(ProjectStatus.InImplementation, StartedInJanuary, null, new DateOnly(2026, 3, 20)));

    [Theory]
    [InlineData(ProjectStatus.Approved)]
    [InlineData(ProjectStatus.Accepted)]
    [InlineData(ProjectStatus.Cancelled)]
    public void Only_projects_under_way_owe_reports(ProjectStatus status) =>
        Assert.False(Schedule.IsOverdue(status, StartedInJanuary, null, new DateOnly(2026, 11, 20)));

    [Fact]
    public void Due_day_must_exist_in_every_month() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProgressReportSchedule(31));
}
