namespace InfoGov.Domain.Projects;

/// <summary>Thrown when a status change is not allowed by <see cref="ProjectLifecycle"/>.</summary>
public sealed class InvalidTransitionException(ProjectStatus from, ProjectStatus to)
    : InvalidOperationException($"A project cannot move from {from} to {to}.")
{
    public ProjectStatus From { get; } = from;
    public ProjectStatus To { get; } = to;
}
