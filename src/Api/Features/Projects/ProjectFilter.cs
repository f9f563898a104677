using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>Arguments of the <c>projects</c> list.</summary>
public sealed record ProjectFilter(
    List<ProjectStatus>? Statuses, string? DepartmentCode, string? ProgrammeCode, List<ProjectLevel>? Levels,
    FundingCategory? FundingCategory, int? FiscalYear, bool? IsPublished, string? Search,
    bool? IsProgressReportOverdue = null, DateOnly? DueOnOrAfter = null, DateOnly? DueOnOrBefore = null,
    List<StatusColour>? Colours = null, List<VarianceBand>? ScheduleVarianceBands = null, List<VarianceBand>? CostVarianceBands = null,
    List<DeliveryConfidence>? DeliveryConfidences = null)
{
    /// <summary>Whether a condition needs each project's health, which is computed in memory (<see cref="ProjectHealthIndex"/>).</summary>
    public bool NeedsHealth => Colours is { Count: > 0 } || ScheduleVarianceBands is { Count: > 0 } || CostVarianceBands is { Count: > 0 };

    /// <summary>Whether a project's health meets the health conditions.</summary>
    public bool Admits(ProjectHealthIndex.Figures health) =>
        (Colours is not { Count: > 0 } colours || (health.Colour is { } colour && colours.Contains(colour)))
        && (ScheduleVarianceBands is not { Count: > 0 } schedule || (health.Schedule is { } s && schedule.Contains(s.Band)))
        && (CostVarianceBands is not { Count: > 0 } cost || (health.Cost is { } c && cost.Contains(c.Band)));
}

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
        Field<ListGraphType<NonNullGraphType<StatusColourGraphType>>>("colours").Description("Only projects whose colour is one of these (projects without a colour never match).");
        Field<ListGraphType<NonNullGraphType<VarianceBandGraphType>>>("scheduleVarianceBands").ReadableBy(Readers.GovernmentAndDashboards)
            .Description("Only projects whose schedule variance is in one of these bands (projects without one never match).");
        Field<ListGraphType<NonNullGraphType<VarianceBandGraphType>>>("costVarianceBands").ReadableBy(Readers.GovernmentAndDashboards)
            .Description("Only projects whose cost variance is in one of these bands (projects without one never match).");
        Field<ListGraphType<NonNullGraphType<DeliveryConfidenceGraphType>>>("deliveryConfidences").ReadableBy(Readers.GovernmentAndDashboards)
            .Description("Only projects whose delivery confidence rating in force is one of these (projects never rated never match).");
        this.ReadableBy(Readers.Anyone);
    }
}
