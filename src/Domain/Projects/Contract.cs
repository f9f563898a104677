using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>A contract with a vendor, signed by the department leader or by the information
/// manager under a valid contract-signing delegation.</summary>
public sealed class Contract : VersionedEntity, IPartOfProject
{
    public required Guid ProjectId { get; init; }
    public Guid? TenderId { get; init; }
    /// <summary>The office's exemption it was signed under, when there was no tender.</summary>
    public Guid? ExemptionId { get; init; }
    public required string Number { get; init; }
    /// <summary>The vendor's name as it was when signed.</summary>
    public required string Vendor { get; init; }
    /// <summary>The vendor in the register; null for contracts recorded before the register existed.</summary>
    public Guid? VendorId { get; init; }
    public required Money Amount { get; init; }
    public required DateOnly SignedOn { get; init; }
    public required Guid SignerId { get; init; }
    /// <summary>The delegation the signer acted under, when not the leader.</summary>
    public Guid? DelegationId { get; init; }
}
