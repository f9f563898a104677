using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>One delivery confidence rating the office gave a project, kept for good: the project's ratings in
/// order are its history (what the office thought, when and why).</summary>
public sealed class ConfidenceRating : Entity, IPartOfProject
{
    public const int NarrativeMaxLength = 2000;

    public required Guid ProjectId { get; init; }
    /// <summary>1 for the project's first rating, then 2, 3...: the order of the history, even for two ratings in the same instant.</summary>
    public required int Number { get; init; }
    public required DeliveryConfidence Rating { get; init; }
    /// <summary>The rating before this one; null for the first.</summary>
    public DeliveryConfidence? Previous { get; init; }
    /// <summary>Why: what the office saw and what it expects of the department.</summary>
    public required string Narrative { get; init; }
    public required DateTimeOffset RatedAt { get; init; }
    public required string RatedBy { get; init; }
}
