using InfoGov.Api.Common.Mutations;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Projects;

/// <summary>Input of <c>createProjectDraft</c>.</summary>
public sealed record CreateProjectDraftInput(
    string DepartmentCode, string Name, string? NameEn, string? Description, ProjectLevel Level, string? ProgrammeCode,
    bool? IsCrossDepartment, string Scope, MoneyInput Budget, DateOnly StartOn, DateOnly DueOn, string? FeasibilityStudyReference,
    FundingCategory? FundingCategory = null);

/// <summary>Input of <c>publishProject</c>.</summary>
public sealed record PublishProjectInput(string Id, int Version, bool Published);

/// <summary>Input of <c>updateProjectDraft</c>: the fields given are changed, the others kept.</summary>
public sealed record UpdateProjectDraftInput(
    string Id, int Version, string? Name, string? NameEn, string? Description, ProjectLevel? Level, string? ProgrammeCode,
    bool? IsCrossDepartment, string? Scope, MoneyInput? Budget, DateOnly? StartOn, DateOnly? DueOn, string? FeasibilityStudyReference);

/// <summary>Input of mutations that only name a project and its version.</summary>
public sealed record ProjectVersionInput(string Id, int Version);

/// <summary>Input of <c>cancelProject</c>.</summary>
public sealed record CancelProjectInput(string Id, int Version, string Reason);
