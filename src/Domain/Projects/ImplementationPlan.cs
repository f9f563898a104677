using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>The implementation plan filed with the office before tendering.</summary>
public sealed class ImplementationPlan : VersionedEntity, IPartOfProject
{
    public required Guid ProjectId { get; init; }
    public required string Tasks { get; set; }
    public required string SystemDesign { get; set; }
    public string? EquipmentSelection { get; set; }
    public required string Schedule { get; set; }
    public required DateOnly FiledOn { get; init; }
}
