using InfoGov.Domain.Common;

namespace InfoGov.Domain.Budgets;

/// <summary>Money from a year's special fund allocated to a funded project.</summary>
public sealed class FundAllocation : VersionedEntity, IPartOfProject, Integration.IKeepsHistory
{
    public required Guid FundId { get; init; }
    public required Guid ProjectId { get; init; }
    public required Money Amount { get; init; }
    public required DateOnly AllocatedOn { get; init; }
    public string? Note { get; init; }
}
