using InfoGov.Domain.Common;

namespace InfoGov.Domain.Operations;

/// <summary>How an emergency drill went.</summary>
public enum DrillOutcome
{
    /// <summary>The plan worked as written and service was restored in time.</summary>
    Passed,
    /// <summary>Service was restored, with shortcomings to put right.</summary>
    PassedWithIssues,
    /// <summary>The plan did not restore service.</summary>
    Failed,
}

/// <summary>A drill (演练) of a system's emergency plan: the scenario played, how it went, how long recovery took.</summary>
public sealed class EmergencyDrill : Entity, IPartOfSystem
{
    public required Guid PlanId { get; init; }
    public required Guid SystemId { get; init; }
    public required DateOnly HeldOn { get; init; }
    public required string Scenario { get; init; }
    public required DrillOutcome Outcome { get; init; }
    /// <summary>Minutes from the simulated failure until service was restored; null when not measured.</summary>
    public int? RecoveryMinutes { get; init; }
    public string? Findings { get; init; }
}
