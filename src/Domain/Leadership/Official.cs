using InfoGov.Domain.Common;

namespace InfoGov.Domain.Leadership;

/// <summary>A person holding a position in a department. Contact details are restricted data.</summary>
public sealed class Official : VersionedEntity, IBelongsToDepartment
{
    public required Guid DepartmentId { get; init; }
    public required string Name { get; init; }
    public required string Position { get; init; }
    /// <summary>True for the department's head (the "leader").</summary>
    public bool IsHead { get; init; }
    /// <summary>True for the department's head of information management (its CIO).</summary>
    public bool IsInformationManager { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    /// <summary>The official's Entra ID object id: how a signed-in user is recognised as this official.</summary>
    public Guid? AccountObjectId { get; init; }
}
