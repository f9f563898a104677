using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>An acceptance held by the office with experts. A failed acceptance sends the project
/// back to implementation, so a project may have several.</summary>
public sealed class Acceptance : Entity, IPartOfProject
{
    public required Guid ProjectId { get; init; }
    public required DateOnly HeldOn { get; init; }
    public required AcceptanceResult Result { get; init; }
    public string? Conditions { get; init; }
    public string? Notes { get; init; }
    /// <summary>True for the first acceptance of the project (first-pass acceptance rate): attempt 1.</summary>
    public required bool IsFirstAttempt { get; init; }
    /// <summary>Codes of the experts who held the acceptance with the office, comma-separated.</summary>
    public string? ExpertCodes { get; init; }
    /// <summary>The attempt's number, from 1: orders attempts, also those held on the same day.</summary>
    public int Attempt { get; init; } = 1;

    private readonly List<AcceptanceOpinion> _opinions = [];
    /// <summary>Each expert's opinion, recorded with the acceptance (persistence saves them with it).</summary>
    public IReadOnlyCollection<AcceptanceOpinion> Opinions => _opinions;

    internal void AddOpinion(Guid expertId, AcceptanceResult verdict, string? comment) =>
        _opinions.Add(new AcceptanceOpinion { AcceptanceId = Id, ExpertId = expertId, Verdict = verdict, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim() });

    /// <summary>Fewest experts who hold an acceptance with the office.</summary>
    public const int MinimumExperts = 3;
}
