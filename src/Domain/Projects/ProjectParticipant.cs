using InfoGov.Domain.Common;
namespace InfoGov.Domain.Projects;

/// <summary>A department other than the owner that takes part in a cross-department project.</summary>
public sealed class ProjectParticipant : IPartOfProject
{
    public required Guid ProjectId { get; init; }
    public required Guid DepartmentId { get; init; }
    /// <summary>What the department contributes, e.g. "provides population data".</summary>
    public string? Role { get; init; }
}
