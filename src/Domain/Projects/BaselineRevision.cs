using InfoGov.Domain.Common;
namespace InfoGov.Domain.Projects;

/// <summary>
/// One version of a project's baseline: revision 1 is the plan fixed on approval, each later one the
/// plan of an approved change request. Revisions are never replaced or deleted, so the original
/// baseline and every re-baseline stay readable (who approved what, when, and what it replaced).
/// </summary>
public sealed class BaselineRevision : IPartOfProject
{
    public required Guid ProjectId { get; init; }
    /// <summary>1 for the original baseline, then one more for each approved change.</summary>
    public required int Revision { get; init; }
    public required ProjectPlan Plan { get; init; }
    public required DateTimeOffset ApprovedAt { get; init; }
    /// <summary>Who approved it; null for revisions recovered from data kept before revisions were recorded.</summary>
    public string? ApprovedBy { get; init; }
    /// <summary>The approved change request that made this revision; null for the original.</summary>
    public Guid? ChangeRequestId { get; init; }
}
