using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>
/// An acceptance the office convenes with experts. Each seated expert records their own verdict;
/// the office then concludes, and the result follows the majority of the verdicts (see
/// <see cref="PanelResult"/>). A failed acceptance sends the project back to implementation, so a
/// project may have several.
/// </summary>
public sealed class Acceptance : Entity, IPartOfProject
{
    public required Guid ProjectId { get; init; }
    public required DateOnly HeldOn { get; init; }
    /// <summary>The concluded outcome; null while the acceptance is open for the experts' verdicts.</summary>
    public AcceptanceResult? Result { get; private set; }
    public string? Conditions { get; private set; }
    public string? Notes { get; private set; }
    /// <summary>True for the first acceptance of the project (first-pass acceptance rate): attempt 1.</summary>
    public required bool IsFirstAttempt { get; init; }
    /// <summary>Codes of the experts who hold the acceptance with the office, comma-separated.</summary>
    public string? ExpertCodes { get; init; }
    /// <summary>The attempt's number, from 1: orders attempts, also those held on the same day.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>Fewest experts who hold an acceptance with the office.</summary>
    public const int MinimumExperts = 3;

    /// <summary>True while the seated experts are giving their verdicts.</summary>
    public bool IsOpen => Result is null;

    /// <summary>Whether the expert with <paramref name="code"/> sits on this acceptance.</summary>
    public bool Seats(string code) => ExpertCodes?.Split(',').Contains(code) == true;

    /// <summary>A seated expert's own verdict, once, while the acceptance is open.</summary>
    public AcceptanceOpinion RecordOpinion(Expert? expert, bool alreadyGiven, AcceptanceResult verdict, string? comment)
    {
        if (expert is null || !Seats(expert.Code))
            throw new RuleViolation(RuleViolation.NotPermitted, "Only an expert seated on this acceptance records a verdict on it.");
        if (!IsOpen) throw new RuleViolation(RuleViolation.InvalidTransition, "The acceptance is concluded; verdicts can no longer be recorded.");
        if (alreadyGiven) throw new RuleViolation(RuleViolation.Validation, "You have already recorded your verdict on this acceptance.");
        if (verdict == AcceptanceResult.PassedWithConditions && string.IsNullOrWhiteSpace(comment))
            throw new RuleViolation(RuleViolation.Validation, "A pass with conditions states the conditions in the comment.", "comment");
        return new AcceptanceOpinion { AcceptanceId = Id, ExpertId = expert.Id, Verdict = verdict, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim() };
    }

    /// <summary>
    /// What the verdicts decide: a pass needs more than half of them to pass (a tie fails); it is a
    /// plain pass when more than half are plain passes, else a pass with conditions.
    /// </summary>
    public static AcceptanceResult PanelResult(IReadOnlyCollection<AcceptanceResult> verdicts)
    {
        var passing = verdicts.Count(v => v != AcceptanceResult.Failed);
        if (passing * 2 <= verdicts.Count) return AcceptanceResult.Failed;
        return verdicts.Count(v => v == AcceptanceResult.Passed) * 2 > verdicts.Count ? AcceptanceResult.Passed : AcceptanceResult.PassedWithConditions;
    }

    /// <summary>
    /// The office concludes the acceptance once every seated expert gave a verdict: the result it
    /// records is the one the verdicts decide (<see cref="PanelResult"/>); a pass with conditions
    /// states them.
    /// </summary>
    internal void Conclude(AcceptanceResult result, string? conditions, string? notes, IReadOnlyCollection<AcceptanceResult> verdicts, DateOnly today)
    {
        if (!IsOpen) throw new RuleViolation(RuleViolation.InvalidTransition, "This acceptance has already been concluded.");
        if (HeldOn > today) throw new RuleViolation(RuleViolation.InvalidTransition, $"The acceptance is held on {HeldOn:yyyy-MM-dd}; it is concluded once held.");
        var seated = ExpertCodes?.Split(',', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
        if (verdicts.Count < seated)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"{verdicts.Count} of the {seated} seated experts have recorded their verdict; the acceptance concludes on all of them.");
        var decided = PanelResult(verdicts);
        if (result != decided)
            throw new RuleViolation(RuleViolation.ContraryToPanel,
                $"The experts' verdicts decide {decided} ({verdicts.Count(v => v == AcceptanceResult.Passed)} passed, {verdicts.Count(v => v == AcceptanceResult.PassedWithConditions)} passed with conditions, {verdicts.Count(v => v == AcceptanceResult.Failed)} failed); the result follows the majority, a tie fails.",
                "result");
        if (result == AcceptanceResult.PassedWithConditions && string.IsNullOrWhiteSpace(conditions))
            throw new RuleViolation(RuleViolation.Validation, "A pass with conditions states the conditions.", "conditions");
        Result = result;
        Conditions = string.IsNullOrWhiteSpace(conditions) ? null : conditions.Trim();
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    /// <summary>Makes a concluded acceptance, for records kept before verdicts were recorded one by one (the demo data).</summary>
    public static Acceptance Concluded(Guid id, Guid projectId, DateOnly heldOn, AcceptanceResult result, string? conditions, string? notes, bool firstAttempt, int attempt, string expertCodes) =>
        new() { Id = id, ProjectId = projectId, HeldOn = heldOn, IsFirstAttempt = firstAttempt, Attempt = attempt, ExpertCodes = expertCodes, Result = result, Conditions = conditions, Notes = notes };
}
