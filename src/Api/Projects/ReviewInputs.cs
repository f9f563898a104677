using InfoGov.Domain.Projects;

namespace InfoGov.Api.Projects;

/// <summary>Input of <c>drawReviewPanel</c>.</summary>
public sealed record DrawReviewPanelInput(string ProjectId, int Version, string Category, int? Size, int? Seed, DateOnly MeetingOn);

/// <summary>Input of <c>recordExpertOpinion</c>.</summary>
public sealed record RecordExpertOpinionInput(string PanelId, ReviewConclusion Recommendation, string Opinion);

/// <summary>Input of <c>concludeReview</c>.</summary>
public sealed record ConcludeReviewInput(string PanelId, int Version, ReviewConclusion Conclusion, string Summary, string? MissingOpinionsReason);

/// <summary>Input of <c>decideProject</c>.</summary>
public sealed record DecideProjectInput(string ProjectId, int Version, ProjectDecisionKind Decision, string? Reason, List<MilestoneInput>? Milestones);

/// <summary>A milestone fixed with the baseline on approval.</summary>
public sealed record MilestoneInput(string Name, DateOnly DueOn);

/// <summary>Input of <c>declareExpertConflict</c>.</summary>
public sealed record DeclareExpertConflictInput(string DepartmentCode, string Reason);

/// <summary>What the office decides on a reviewed application.</summary>
public enum ProjectDecisionKind
{
    Approve,
    Reject,
    ReturnForRevision,
}
