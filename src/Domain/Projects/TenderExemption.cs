using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>
/// The office's leave to sign one contract of a project without a tender (a single source, an emergency, a
/// continuation of an existing system), up to a ceiling, with its reason. Used by exactly one contract.
/// </summary>
public sealed class TenderExemption : VersionedEntity, IPartOfProject, Integration.IKeepsHistory
{
    public const int ReasonMaxLength = 1000;

    public required Guid ProjectId { get; init; }
    public required string Reason { get; init; }
    /// <summary>The most the contract signed under it may be worth.</summary>
    public required Money Ceiling { get; init; }
    public required string GrantedBy { get; init; }
    public required DateTimeOffset GrantedAt { get; init; }
    /// <summary>The contract signed under it; null while unused.</summary>
    public Guid? ContractId { get; private set; }

    /// <summary>Checks that a contract of <paramref name="amount"/> may be signed under the exemption, and marks it used by <paramref name="contractId"/>.</summary>
    public void UseFor(Guid contractId, Money amount)
    {
        if (ContractId is not null)
            throw new RuleViolation(RuleViolation.InvalidTransition, "This exemption was used by another contract; an exemption covers one contract.", "exemptionId");
        if (amount.Amount > Ceiling.Amount)
            throw new RuleViolation(RuleViolation.Validation, $"The exemption covers a contract of up to {Ceiling}; this one is {amount}.", "amount.amount");
        ContractId = contractId;
    }
}
