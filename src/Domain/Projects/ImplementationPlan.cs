using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>Where an implementation plan stands with the office.</summary>
public enum PlanReviewStatus
{
    /// <summary>Filed; waiting for the office's review.</summary>
    Filed,
    /// <summary>Reviewed and accepted (filed for the record): implementation started.</summary>
    Accepted,
    /// <summary>Returned with the office's comments; the department files a revised plan.</summary>
    Returned,
}

/// <summary>
/// The implementation plan a project files with the office (报市信息化办审查备案), which reviews it: accepted (the
/// project's implementation starts) or returned with comments (a revised plan is filed, numbered 2, 3...).
/// </summary>
public sealed class ImplementationPlan : VersionedEntity, IPartOfProject, Integration.IKeepsHistory
{
    public const int CommentsMaxLength = 4000;

    public required Guid ProjectId { get; init; }
    /// <summary>1 for the project's first plan, then each revision.</summary>
    public int Number { get; init; } = 1;
    public required string Tasks { get; init; }
    public required string SystemDesign { get; init; }
    public string? EquipmentSelection { get; init; }
    public required string Schedule { get; init; }
    public required DateOnly FiledOn { get; init; }
    public PlanReviewStatus Status { get; private set; } = PlanReviewStatus.Filed;
    /// <summary>The office's comments: why it returned the plan, or notes with its acceptance.</summary>
    public string? ReviewComments { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }

    /// <summary>The office accepts the filed plan (the project then starts: <see cref="Project.ReviewImplementationPlan"/>).</summary>
    public void Accept(string reviewedBy, DateTimeOffset at, string? comments)
    {
        RequireFiled();
        Review(PlanReviewStatus.Accepted, reviewedBy, at, string.IsNullOrWhiteSpace(comments) ? null : Comments(comments));
    }

    /// <summary>The office returns the filed plan with what is to change.</summary>
    public void Return(string reviewedBy, DateTimeOffset at, string? comments)
    {
        RequireFiled();
        if (string.IsNullOrWhiteSpace(comments))
            throw new RuleViolation(RuleViolation.Validation, "Say what is to change in the plan.", "comments");
        Review(PlanReviewStatus.Returned, reviewedBy, at, Comments(comments));
    }

    private void Review(PlanReviewStatus status, string reviewedBy, DateTimeOffset at, string? comments)
    {
        Status = status;
        ReviewComments = comments;
        ReviewedAt = at;
        ReviewedBy = reviewedBy;
    }

    private void RequireFiled()
    {
        if (Status != PlanReviewStatus.Filed)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Plan {Number} was {Status.ToString().ToLowerInvariant()} already.");
    }

    private static string Comments(string comments) => comments.Trim().Length <= CommentsMaxLength
        ? comments.Trim()
        : throw new RuleViolation(RuleViolation.Validation, $"Keep the comments within {CommentsMaxLength} characters.", "comments");
}
