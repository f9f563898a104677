using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>One expert's own opinion at an acceptance: their verdict and why. The acceptance's result
/// is the office's conclusion; the opinions show how each expert judged.</summary>
public sealed class AcceptanceOpinion : Entity
{
    public required Guid AcceptanceId { get; init; }
    public required Guid ExpertId { get; init; }
    public required AcceptanceResult Verdict { get; init; }
    public string? Comment { get; init; }
}
