using InfoGov.Domain.Projects;

namespace InfoGov.Api.Projects;

/// <summary>Arguments of the <c>projects</c> list.</summary>
public sealed record ProjectFilter(
    List<ProjectStatus>? Statuses, string? DepartmentCode, string? ProgrammeCode, List<ProjectLevel>? Levels,
    FundingCategory? FundingCategory, int? FiscalYear, bool? IsPublished, string? Search);
