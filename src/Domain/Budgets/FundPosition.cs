using InfoGov.Domain.Common;

namespace InfoGov.Domain.Budgets;

/// <summary>Where a fund stands: what is allocated and spent against its cap. Spent is what the fund
/// paid: payments charged to its year, except advances the units made that it has not reimbursed.</summary>
public sealed record FundPosition(Money Cap, Money Allocated, Money Spent)
{
    public Money Remaining => Cap.Subtract(Allocated);

    /// <summary>Share of the cap allocated, 0-1.</summary>
    public decimal AllocationRate => Cap.Amount == 0m ? 0m : Math.Round(Allocated.Amount / Cap.Amount, 4);

    /// <summary>Share of allocations spent, 0-1.</summary>
    public decimal SpendRate => Allocated.Amount == 0m ? 0m : Math.Round(Spent.Amount / Allocated.Amount, 4);

    public static FundPosition Of(SpecialFund fund, IEnumerable<FundAllocation> allocations, IEnumerable<Expenditure> expenditures) =>
        new(fund.Cap,
            Money.Sum(allocations.Select(a => a.Amount), fund.Cap.Currency),
            Money.Sum(expenditures.Where(e => !e.AwaitsReimbursement).Select(e => e.Amount), fund.Cap.Currency));
}
