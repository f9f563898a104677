using InfoGov.Domain.Common;

namespace InfoGov.Domain.Integration;

/// <summary>
/// The colour last announced for a project. A colour follows from the latest report, the baseline and
/// today, so it changes with a report, a re-baseline or simply a day passing; comparing with what was
/// announced is how a change is noticed once, whatever caused it. Kept apart from the project so that
/// noticing it neither bumps the project's version nor writes its history.
/// </summary>
public sealed class ProjectColourWatch
{
    public required Guid ProjectId { get; init; }
    public StatusColour? Colour { get; private set; }
    public DateTimeOffset ObservedAt { get; private set; }

    /// <summary>The first look at a project: its colour is recorded, not announced, as nothing was announced before.</summary>
    public static ProjectColourWatch Start(Guid projectId, StatusColour? colour, DateTimeOffset at) =>
        new() { ProjectId = projectId, Colour = colour, ObservedAt = at };

    /// <summary>Records the colour now; the event to announce when it differs from the last one, else null.</summary>
    public DomainEvent? Observe(StatusColour? colour, Guid departmentId, DateTimeOffset at)
    {
        if (colour == Colour) return null;
        Colour = colour;
        ObservedAt = at;
        return new DomainEvent(EventKind.ProjectColourChanged, "Project", ProjectId, ProjectId, DepartmentId: departmentId);
    }
}
