using InfoGov.Domain.Common;

namespace InfoGov.Domain.Budgets;

/// <summary>A fiscal year's informatization special fund. Allocations may never exceed the cap.</summary>
public sealed class SpecialFund : VersionedEntity
{
    public required int FiscalYear { get; init; }
    public required Money Cap { get; set; }

    /// <summary>Refuses an allocation that would take the fund's allocations past its cap.</summary>
    public void EnsureCanAllocate(Money allocated, Money amount)
    {
        if (amount.Amount <= 0m)
            throw new RuleViolation(RuleViolation.Validation, "An allocation is more than zero.", "amount.amount");
        if (amount.Currency != Cap.Currency)
            throw new RuleViolation(RuleViolation.Validation, $"The fund is in {Cap.Currency}.", "amount.currency");
        if (!CanAllocate(allocated, amount))
            throw new RuleViolation(RuleViolation.FundCapExceeded,
                $"The {FiscalYear} fund has {Cap.Subtract(allocated)} left of its {Cap} cap; {amount} does not fit.", "amount.amount");
    }

    /// <summary>A new cap may not fall below what is already allocated.</summary>
    public void ChangeCap(Money cap, Money allocated)
    {
        if (cap.Amount <= 0m) throw new RuleViolation(RuleViolation.Validation, "The cap is more than zero.", "cap.amount");
        if (cap.Amount < allocated.Amount)
            throw new RuleViolation(RuleViolation.FundCapExceeded, $"{allocated} is already allocated from the {FiscalYear} fund; the cap cannot be lower.", "cap.amount");
        Cap = cap;
    }

    /// <summary>Whether allocating <paramref name="amount"/> on top of <paramref name="allocated"/> stays within the cap.</summary>
    public bool CanAllocate(Money allocated, Money amount) =>
        amount.Amount > 0m && allocated.Add(amount).Amount <= Cap.Amount;
}
