namespace InfoGov.Domain.Projects;

/// <summary>The project state machine: which status may follow which. Every change of status is
/// checked here, so no path (mutation, import, seed) can skip a step.</summary>
public static class ProjectLifecycle
{
    private static readonly Dictionary<ProjectStatus, ProjectStatus[]> Allowed = new()
    {
        [ProjectStatus.Draft] = [ProjectStatus.Submitted, ProjectStatus.Cancelled],
        [ProjectStatus.Submitted] = [ProjectStatus.UnderReview, ProjectStatus.ReturnedForRevision, ProjectStatus.Cancelled],
        [ProjectStatus.UnderReview] = [ProjectStatus.Approved, ProjectStatus.Rejected, ProjectStatus.ReturnedForRevision, ProjectStatus.Cancelled],
        [ProjectStatus.ReturnedForRevision] = [ProjectStatus.Submitted, ProjectStatus.Cancelled],
        [ProjectStatus.Rejected] = [],
        [ProjectStatus.Approved] = [ProjectStatus.InImplementation, ProjectStatus.Cancelled],
        // A failed acceptance sends the project back to implementation for rework.
        [ProjectStatus.InImplementation] = [ProjectStatus.AcceptanceRequested, ProjectStatus.Cancelled],
        [ProjectStatus.AcceptanceRequested] = [ProjectStatus.Accepted, ProjectStatus.InImplementation, ProjectStatus.Cancelled],
        [ProjectStatus.Accepted] = [ProjectStatus.Evaluated],
        [ProjectStatus.Evaluated] = [],
        [ProjectStatus.Cancelled] = [],
    };

    public static bool CanMove(ProjectStatus from, ProjectStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<ProjectStatus> NextStatuses(ProjectStatus from) => Allowed[from];

    /// <summary>Statuses in which the project is being built and must report monthly.</summary>
    public static bool IsUnderWay(ProjectStatus status) =>
        status is ProjectStatus.InImplementation or ProjectStatus.AcceptanceRequested;

    /// <summary>Statuses that hold an approved baseline.</summary>
    public static bool HasBaseline(ProjectStatus status) =>
        status is ProjectStatus.Approved or ProjectStatus.InImplementation or ProjectStatus.AcceptanceRequested
            or ProjectStatus.Accepted or ProjectStatus.Evaluated;
}
