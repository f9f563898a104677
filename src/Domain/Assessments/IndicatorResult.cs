using InfoGov.Domain.Common;

namespace InfoGov.Domain.Assessments;

/// <summary>One indicator of a department's assessment: its weight, target and actual. Indicators
/// that can be computed from the project and sharing data are computed (<see cref="IsComputed"/>).</summary>
public sealed class IndicatorResult : Entity
{
    public required Guid AssessmentId { get; init; }
    public required AssessmentIndicator Indicator { get; init; }
    /// <summary>Weight in points; the weights of one assessment add up to 100.</summary>
    public required decimal Weight { get; init; }
    /// <summary>Target as a ratio 0-1.</summary>
    public required decimal Target { get; init; }
    /// <summary>Actual as a ratio 0-1.</summary>
    public required decimal Actual { get; init; }
    public required bool IsComputed { get; init; }

    /// <summary>Points earned: the full weight at or above target, proportionally less below it.</summary>
    public decimal Score => Target <= 0m ? Weight : Math.Round(Weight * Math.Min(1m, Actual / Target), 2);
}
