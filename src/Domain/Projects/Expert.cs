using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>A member of the expert pool. An expert affiliated with a department may not sit on
/// the panel of that department's projects. Identities are restricted until a review closes.</summary>
public sealed class Expert : VersionedEntity
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    /// <summary>Field of expertise used to draw panels, e.g. "network", "software", "data", "finance".</summary>
    public required string Category { get; set; }
    public string? Title { get; set; }
    /// <summary>The department the expert works for, if any.</summary>
    public Guid? AffiliationDepartmentId { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>The expert's Entra ID object id: how a signed-in expert is recognised as this pool member.</summary>
    public Guid? AccountObjectId { get; set; }
}
