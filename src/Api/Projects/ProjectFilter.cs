using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Projects;

/// <summary>Arguments of the <c>projects</c> list.</summary>
public sealed record ProjectFilter(
    List<ProjectStatus>? Statuses, string? DepartmentCode, string? ProgrammeCode, List<ProjectLevel>? Levels,
    FundingCategory? FundingCategory, int? FiscalYear, bool? IsPublished, string? Search,
    bool? IsProgressReportOverdue = null, DateOnly? DueOnOrAfter = null, DateOnly? DueOnOrBefore = null);

public sealed class ProjectFilterInputGraphType : InputObjectGraphType<ProjectFilter>
{
    public ProjectFilterInputGraphType()
    {
        Name = "ProjectFilter";
        Description = "Narrows the projects list; all given conditions must hold.";
        Field<ListGraphType<NonNullGraphType<ProjectStatusGraphType>>>("statuses").Description("Only projects in one of these statuses.");
        Field<StringGraphType>("departmentCode").Description("Only projects owned by the department with this code.");
        Field<StringGraphType>("programmeCode").Description("Only projects of the programme with this code.");
        Field<ListGraphType<NonNullGraphType<ProjectLevelGraphType>>>("levels").ReadableBy(Readers.GovernmentAndDashboards).Description("Only projects of these levels.");
        Field<FundingCategoryGraphType>("fundingCategory").ReadableBy(Readers.GovernmentAndDashboards).Description("Only funded, or only reserve, projects.");
        Field<IntGraphType>("fiscalYear").ReadableBy(Readers.GovernmentAndDashboards).Description("Only projects with a budget line in this fiscal year.");
        Field<BooleanGraphType>("isPublished").Description("Only projects whose status is (or is not) published to the portal.");
        Field<StringGraphType>("search").Description("Text contained in the code, the Chinese name or the English name.");
        Field<BooleanGraphType>("isProgressReportOverdue").ReadableBy(Readers.GovernmentAndDashboards)
            .Description("Only projects under way whose monthly report is (or is not) overdue, as their isProgressReportOverdue says.");
        Field<DateOnlyGraphType>("dueOnOrAfter").Description("Only projects whose plan in force is due on or after this day.");
        Field<DateOnlyGraphType>("dueOnOrBefore").Description("Only projects whose plan in force is due on or before this day.");
        this.ReadableBy(Readers.Anyone);
    }
}
