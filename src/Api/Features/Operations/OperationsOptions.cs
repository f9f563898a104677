using System.ComponentModel.DataAnnotations;
using InfoGov.Domain.Operations;

namespace InfoGov.Api.Features.Operations;

/// <summary>Configuration section <c>Operations</c>: repair targets by severity.</summary>
public sealed class OperationsOptions
{
    public const string Section = "Operations";

    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]

    public TimeSpan CriticalRepairTarget { get; set; } = RepairTargets.Default.Critical;
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan MajorRepairTarget { get; set; } = RepairTargets.Default.Major;
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan MinorRepairTarget { get; set; } = RepairTargets.Default.Minor;

    public RepairTargets Targets => new(CriticalRepairTarget, MajorRepairTarget, MinorRepairTarget);
}
