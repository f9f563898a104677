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

    /// <summary>Records the colour now; true when it differs from the last one, which is then to be announced.</summary>
    public bool Observe(StatusColour? colour, DateTimeOffset at)
    {
        if (colour == Colour) return false;
        Colour = colour;
        ObservedAt = at;
        return true;
    }

    /// <summary>The event that announces the colour last observed, for the project's owning department.</summary>
    public DomainEvent Announcement(Guid departmentId) =>
        new(EventKind.ProjectColourChanged, "Project", ProjectId, ProjectId, DepartmentId: departmentId);
}
