using InfoGov.Domain.Common;

namespace InfoGov.Domain.Assessments;

/// <summary>One indicator of a department's assessment: its weight, target and actual. Indicators
/// that can be computed from the record are computed (<see cref="IsComputed"/>); the others are
/// scored by the office. An indicator with nothing to measure has no actual and no score.</summary>
public sealed class IndicatorResult : Entity
{
    public required Guid AssessmentId { get; init; }
    public required AssessmentIndicator Indicator { get; init; }
    /// <summary>Weight in points; the weights of one assessment add up to 100.</summary>
    public required decimal Weight { get; init; }
    /// <summary>Target as a ratio 0-1.</summary>
    public required decimal Target { get; init; }
    /// <summary>Actual as a ratio 0-1; null when there was nothing to measure (or no one has scored it yet).</summary>
    public decimal? Actual { get; private set; }
    public required bool IsComputed { get; init; }
    /// <summary>What a computed actual was computed from: the codes of the projects, requests or systems counted.</summary>
    public string? Inputs { get; private set; }

    /// <summary>Points earned: the full weight at or above target, proportionally less below it; none without an actual.</summary>
    public decimal? Score => Actual is not { } actual ? null : Target <= 0m ? Weight : Math.Round(Weight * Math.Min(1m, actual / Target), 2);

    public static IndicatorResult For(Guid assessmentId, AssessmentIndicator indicator, decimal weight, decimal target, bool isComputed,
        decimal? actual, IEnumerable<string>? inputs, Guid id = default) => new()
        {
            Id = id,
            AssessmentId = assessmentId,
            Indicator = indicator,
            Weight = weight,
            Target = target,
            IsComputed = isComputed,
            Actual = actual,
            Inputs = inputs is null ? null : string.Join(",", inputs),
        };

    /// <summary>The office's score for an indicator that needs a human judgement.</summary>
    public void Enter(decimal actual)
    {
        if (IsComputed) throw new RuleViolation(RuleViolation.InvalidTransition, $"{Indicator} is computed from the record; it is not entered.");
        if (actual is < 0m or > 1m) throw new RuleViolation(RuleViolation.Validation, "The actual is a ratio from 0 to 1.", "actual");
        Actual = actual;
    }
}
