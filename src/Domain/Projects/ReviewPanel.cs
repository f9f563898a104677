using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>The experts drawn to review one submission, their meeting and their conclusion.</summary>
public sealed class ReviewPanel : VersionedEntity, IPartOfProject
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
    /// <summary>Why the review concluded without every seated expert's opinion, as the office recorded it.</summary>
    public string? MissingOpinionsReason { get; private set; }
    /// <summary>Why the office concluded against the majority of the experts' recommendations; null when it followed them.</summary>
    public string? ContraryReason { get; private set; }
    /// <summary>The recommendation more than half of the opinions gave when the review concluded; null when none had a majority.</summary>
    public ReviewConclusion? MajorityRecommendation { get; private set; }

    /// <summary>True when the conclusion went against the majority of the experts' recommendations.</summary>
    public bool IsContraryToPanel => ContraryReason is not null;

    /// <summary>Fewest opinions a review concludes on when not every seated expert gave one.</summary>
    public const int Quorum = 3;

    /// <summary>Expert identities become readable once the review is closed.</summary>
    public bool IsClosed => ConcludedAt is not null;

    /// <summary>A seated expert's opinion, once, while the review is open.</summary>
    /// <param name="seated">Whether <paramref name="expert"/> sits on this panel.</param>
    /// <param name="alreadyGiven">Whether the expert already recorded an opinion on it.</param>
    public ExpertOpinion RecordOpinion(Expert? expert, bool seated, bool alreadyGiven, ReviewConclusion recommendation, string opinion, DateTimeOffset at)
    {
        if (expert is null || !seated) throw new RuleViolation(RuleViolation.NotPermitted, "Only a member of this panel records an opinion on it.");
        if (IsClosed) throw new RuleViolation(RuleViolation.InvalidTransition, "The review is concluded; opinions can no longer be recorded.");
        if (alreadyGiven) throw new RuleViolation(RuleViolation.Validation, "You have already recorded your opinion on this panel.");
        if (string.IsNullOrWhiteSpace(opinion)) throw new RuleViolation(RuleViolation.Validation, "Write the opinion.", "opinion");
        return new ExpertOpinion { PanelId = Id, ExpertId = expert.Id, Recommendation = recommendation, Opinion = opinion.Trim(), SubmittedAt = at };
    }

    /// <summary>The recommendation more than half of <paramref name="recommendations"/> give; null when none does.</summary>
    public static ReviewConclusion? Majority(IReadOnlyCollection<ReviewConclusion> recommendations) =>
        recommendations.GroupBy(r => r).FirstOrDefault(g => g.Count() * 2 > recommendations.Count)?.Key;

    /// <summary>
    /// Closes the review with the office's conclusion once every one of the <paramref name="seated"/>
    /// experts has given an opinion (<paramref name="recommendations"/>); with fewer, only when the office
    /// records why and at least <see cref="Quorum"/> opinions were given. A conclusion other than the
    /// majority's recommendation needs <paramref name="contraryReason"/>, which the project's decision
    /// history and the monthly bulletin show.
    /// </summary>
    public void Conclude(ReviewConclusion conclusion, string summary, DateTimeOffset at, int seated, IReadOnlyCollection<ReviewConclusion> recommendations,
        string? missingOpinionsReason = null, string? contraryReason = null)
    {
        var opinions = recommendations.Count;
        if (IsClosed) throw new RuleViolation(RuleViolation.InvalidTransition, "This review has already been concluded.");
        if (string.IsNullOrWhiteSpace(summary)) throw new RuleViolation(RuleViolation.Validation, "Summarise the conclusion.", "summary");
        if (opinions < seated)
        {
            if (string.IsNullOrWhiteSpace(missingOpinionsReason))
                throw new RuleViolation(RuleViolation.InvalidTransition,
                    $"{opinions} of the {seated} seated experts have given their opinion; wait for the others, or record why the review concludes without them.", "missingOpinionsReason");
            if (opinions < Quorum)
                throw new RuleViolation(RuleViolation.InvalidTransition, $"A review concludes on at least {Quorum} opinions; {opinions} were given.", "missingOpinionsReason");
            MissingOpinionsReason = missingOpinionsReason.Trim();
        }
        var majority = Majority(recommendations);
        if (majority is { } m && m != conclusion)
        {
            if (string.IsNullOrWhiteSpace(contraryReason))
                throw new RuleViolation(RuleViolation.ContraryToPanel,
                    $"{recommendations.Count(r => r == m)} of the {opinions} experts recommend {m}; a conclusion against the majority needs a recorded reason.", "contraryReason");
            ContraryReason = contraryReason.Trim();
        }
        MajorityRecommendation = majority;
        Conclusion = conclusion;
        ConclusionSummary = summary.Trim();
        ConcludedAt = at;
    }
}
