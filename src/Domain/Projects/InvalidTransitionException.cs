using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>Thrown when a status change is not allowed by <see cref="ProjectLifecycle"/>.</summary>
public sealed class InvalidTransitionException(ProjectStatus from, ProjectStatus to)
    : RuleViolation(InvalidTransition, ProjectLifecycle.NextStatuses(from) is { Count: > 0 } next
        ? $"A project cannot move from {from} to {to}; from {from} it can move to {string.Join(", ", next)}."
        : $"A project cannot move from {from} to {to}; {from} is final.")
{
    public ProjectStatus From { get; } = from;
    public ProjectStatus To { get; } = to;
}
