using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>Scope, budget and dates: proposed in the application, fixed as the baseline on
/// approval, and replaced by an approved change request.</summary>
public sealed record ProjectPlan
{
    public required string Scope { get; init; }
    public required Money Budget { get; init; }
    public required DateOnly StartOn { get; init; }
    public required DateOnly DueOn { get; init; }

    public int DurationDays => DueOn.DayNumber - StartOn.DayNumber;
}
