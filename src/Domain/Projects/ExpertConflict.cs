using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>An expert's declared conflict of interest with a department: never drawn for its projects.</summary>
public sealed class ExpertConflict : Entity
{
    public required Guid ExpertId { get; init; }
    public required Guid DepartmentId { get; init; }
    public required string Reason { get; init; }
    public required DateOnly DeclaredOn { get; init; }
}
