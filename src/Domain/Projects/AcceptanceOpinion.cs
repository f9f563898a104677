using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>One expert's own verdict at an acceptance and why, recorded by the expert; the
/// acceptance's result follows the majority of them.</summary>
public sealed class AcceptanceOpinion : Entity
{
    public required Guid AcceptanceId { get; init; }
    public required Guid ExpertId { get; init; }
    public required AcceptanceResult Verdict { get; init; }
    public string? Comment { get; init; }
}
