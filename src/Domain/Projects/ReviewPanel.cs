using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>The experts drawn to review one submission, their meeting and their conclusion.</summary>
public sealed class ReviewPanel : VersionedEntity
{
    public required Guid ProjectId { get; init; }
    public required DateOnly MeetingOn { get; init; }
    /// <summary>The seed of the random draw, so that the draw can be replayed and audited.</summary>
    public required int DrawSeed { get; init; }
    /// <summary>The category the panel was drawn from.</summary>
    public string? DrawCategory { get; init; }
    /// <summary>Codes of every eligible expert the draw chose from, in the order the draw used.</summary>
    public string? DrawCandidates { get; init; }
    public ReviewConclusion? Conclusion { get; private set; }
    public string? ConclusionSummary { get; private set; }
    public DateTimeOffset? ConcludedAt { get; private set; }

    /// <summary>Expert identities become readable once the review is closed.</summary>
    public bool IsClosed => ConcludedAt is not null;

    public void Conclude(ReviewConclusion conclusion, string summary, DateTimeOffset at)
    {
        if (IsClosed) throw new InvalidOperationException("This review has already been concluded.");
        Conclusion = conclusion;
        ConclusionSummary = summary;
        ConcludedAt = at;
    }
}
