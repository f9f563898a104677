using InfoGov.Domain.Operations;

namespace InfoGov.Api.Operations;

/// <summary>Configuration section <c>Operations</c>: repair targets by severity.</summary>
public sealed class OperationsOptions
{
    public const string Section = "Operations";

    public TimeSpan CriticalRepairTarget { get; set; } = RepairTargets.Default.Critical;
    public TimeSpan MajorRepairTarget { get; set; } = RepairTargets.Default.Major;
    public TimeSpan MinorRepairTarget { get; set; } = RepairTargets.Default.Minor;

    public RepairTargets Targets => new(CriticalRepairTarget, MajorRepairTarget, MinorRepairTarget);
}
