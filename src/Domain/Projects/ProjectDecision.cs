using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>A recorded change of a project's status: who decided, when and why.</summary>
public sealed class ProjectDecision : Entity, IPartOfProject
{
    public required Guid ProjectId { get; init; }
    public required ProjectStatus FromStatus { get; init; }
    public required ProjectStatus ToStatus { get; init; }
    public required string DecidedBy { get; init; }
    public required DateTimeOffset DecidedAt { get; init; }
    public string? Reason { get; init; }
}
