using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

internal static class ProjectFactory
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly MondayDate = new(2026, 3, 2);

    public static ProjectPlan Plan(decimal budget = 1_000_000m, int startMonth = 1, int months = 10) => new()
    {
        Scope = "Build the platform",
        Budget = Money.Cny(budget),
        StartOn = new DateOnly(2026, startMonth, 1),
        DueOn = new DateOnly(2026, startMonth, 1).AddMonths(months),
    };

    public static Project Draft(ProjectLevel level = ProjectLevel.Departmental, bool isCrossDepartment = false, string? feasibilityStudyReference = "KY-1") => new()
    {
        Code = "XM-2026-001",
        Name = "Test",
        OwnerDepartmentId = Guid.NewGuid(),
        Level = level,
        IsCrossDepartment = isCrossDepartment,
        FundingCategory = FundingCategory.Funded,
        FeasibilityStudyReference = feasibilityStudyReference,
        CurrentPlan = Plan(),
    };

    /// <summary>A project walked to <paramref name="status"/> along the usual path.</summary>
    public static Project In(ProjectStatus status, ProjectLevel level = ProjectLevel.Departmental)
    {
        var project = Draft(level);
        ProjectStatus[] path = status switch
        {
            ProjectStatus.Draft => [],
            ProjectStatus.Submitted => [ProjectStatus.Submitted],
            ProjectStatus.UnderReview => [ProjectStatus.Submitted, ProjectStatus.UnderReview],
            ProjectStatus.ReturnedForRevision => [ProjectStatus.Submitted, ProjectStatus.UnderReview, ProjectStatus.ReturnedForRevision],
            ProjectStatus.Rejected => [ProjectStatus.Submitted, ProjectStatus.UnderReview, ProjectStatus.Rejected],
            ProjectStatus.Approved => [ProjectStatus.Submitted, ProjectStatus.UnderReview, ProjectStatus.Approved],
            ProjectStatus.InImplementation => [ProjectStatus.Submitted, ProjectStatus.UnderReview, ProjectStatus.Approved, ProjectStatus.InImplementation],
            ProjectStatus.AcceptanceRequested => [ProjectStatus.Submitted, ProjectStatus.UnderReview, ProjectStatus.Approved, ProjectStatus.InImplementation, ProjectStatus.AcceptanceRequested],
            ProjectStatus.Accepted => [ProjectStatus.Submitted, ProjectStatus.UnderReview, ProjectStatus.Approved, ProjectStatus.InImplementation, ProjectStatus.AcceptanceRequested, ProjectStatus.Accepted],
            ProjectStatus.Evaluated => [ProjectStatus.Submitted, ProjectStatus.UnderReview, ProjectStatus.Approved, ProjectStatus.InImplementation, ProjectStatus.AcceptanceRequested, ProjectStatus.Accepted, ProjectStatus.Evaluated],
            ProjectStatus.Cancelled => [ProjectStatus.Cancelled],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var next in path)
            _ = next switch
            {
                ProjectStatus.Submitted => project.Submit("dept", Monday, MondayDate, WorkingDayCalendar.WeekdaysOnly),
                ProjectStatus.Approved => project.Approve("office", Monday),
                ProjectStatus.InImplementation => project.StartImplementation("dept", Monday, MondayDate),
                ProjectStatus.Accepted => project.Accept("office", Monday, MondayDate),
                _ => project.MoveTo(next, "office", Monday),
            };
        return project;
    }
}
