using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>A dated checkpoint of the baseline.</summary>
public sealed class Milestone : VersionedEntity, IPartOfProject
{
    public required Guid ProjectId { get; init; }
    public required string Name { get; init; }
    public required DateOnly DueOn { get; init; }
    public DateOnly? CompletedOn { get; init; }
}
