using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>One panel member's written opinion on a submission.</summary>
public sealed class ExpertOpinion : Entity, IPanelRecord
{
    public required Guid PanelId { get; init; }
    public required Guid ExpertId { get; init; }
    public required ReviewConclusion Recommendation { get; init; }
    public required string Opinion { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
}
