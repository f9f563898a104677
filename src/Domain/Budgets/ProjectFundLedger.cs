using InfoGov.Domain.Common;

namespace InfoGov.Domain.Budgets;

/// <summary>
/// What the special fund allocated to one project, by fund year, and what was paid for it: the bounds
/// a payment, an advance and a reimbursement must keep. The fund pays a year's payments up to what
/// that year's fund allocated to the project; a unit advances money itself only within the approved
/// budget the fund has not yet allocated; an advance is reimbursed only out of an allocation that
/// still covers it.
/// </summary>
public sealed record ProjectFundLedger(IReadOnlyCollection<(int Year, Money Amount)> Allocations, IReadOnlyCollection<Expenditure> Payments)
{
    public IReadOnlyCollection<int> AllocationYears => Allocations.Select(a => a.Year).Distinct().ToList();

    /// <summary>A payment the fund makes in <paramref name="year"/> (a payment, or a reimbursement) fits what that year's fund allocated.</summary>
    public void EnsureFundCovers(int year, Money amount, string what, string field)
    {
        var allocated = Money.Sum(Allocations.Where(a => a.Year == year).Select(a => a.Amount), amount.Currency);
        var paid = Money.Sum(Payments.Where(p => p.FiscalYear == year && !p.AwaitsReimbursement).Select(p => p.Amount), amount.Currency);
        var total = paid.Add(amount);
        if (total.Amount > allocated.Amount)
            throw new RuleViolation(RuleViolation.FundsNotAllocated,
                $"{what} would bring what the {year} fund paid for the project to {total}, {total.Subtract(allocated)} more than it allocated ({allocated}).", field);
    }

    /// <summary>An advance fits the approved budget less what the fund allocated and the advances still awaiting reimbursement.</summary>
    public void EnsureAdvanceFits(Money budget, Money amount, string field)
    {
        var allocated = Money.Sum(Allocations.Select(a => a.Amount), budget.Currency);
        var advanced = Money.Sum(Payments.Where(p => p.AwaitsReimbursement).Select(p => p.Amount), budget.Currency);
        var room = budget.Subtract(allocated).Subtract(advanced);
        if (amount.Amount > room.Amount)
            throw new RuleViolation(RuleViolation.FundsNotAllocated,
                $"An advance stays within the approved budget ({budget}) less what the fund allocated ({allocated}) and the advances awaiting reimbursement ({advanced}): {(room.Amount > 0 ? room : Money.Zero(budget.Currency))} is left, {amount.Subtract(room)} less than this one.", field);
    }
}
