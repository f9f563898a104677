namespace InfoGov.Domain.Common;

/// <summary>How far a figure is from its baseline: within 10% low, 10-30% medium, over 30% high.</summary>
public enum VarianceBand
{
    Low,
    Medium,
    High,
}
