namespace InfoGov.Domain.Common;

/// <summary>A deviation from baseline as a ratio (0.12 = 12%) with its band. Positive means worse
/// than plan (behind schedule, over budget).</summary>
public sealed record Variance(decimal Ratio, VarianceBand Band)
{
    public const decimal MediumThreshold = 0.10m;
    public const decimal HighThreshold = 0.30m;

    public static Variance Of(decimal ratio)
    {
        var rounded = Math.Round(ratio, 4, MidpointRounding.AwayFromZero);
        var magnitude = Math.Abs(rounded);
        var band = magnitude > HighThreshold ? VarianceBand.High
            : magnitude > MediumThreshold ? VarianceBand.Medium
            : VarianceBand.Low;
        return new Variance(rounded, band);
    }
}
