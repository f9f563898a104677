using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>The implementation plan filed with the office before tendering.</summary>
public sealed class ImplementationPlan : VersionedEntity, IPartOfProject
{
    public required Guid ProjectId { get; init; }
    public required string Tasks { get; init; }
    public required string SystemDesign { get; init; }
    public string? EquipmentSelection { get; init; }
    public required string Schedule { get; init; }
    public required DateOnly FiledOn { get; init; }
}
