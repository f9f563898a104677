using InfoGov.Domain.Common;

namespace InfoGov.Domain.Budgets;

/// <summary>A fiscal year's informatization special fund. Allocations may never exceed the cap.</summary>
public sealed class SpecialFund : VersionedEntity
{
    public required int FiscalYear { get; init; }
    public required Money Cap { get; set; }

    /// <summary>Whether allocating <paramref name="amount"/> on top of <paramref name="allocated"/> stays within the cap.</summary>
    public bool CanAllocate(Money allocated, Money amount) =>
        amount.Amount > 0m && allocated.Add(amount).Amount <= Cap.Amount;
}
