using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Budgets;

/// <summary>
/// One fiscal year of a project's money: its budget line, what that year's fund allocated, the
/// contracts signed in the year, and the payments charged to the year (of them, those the unit
/// advanced itself and those still awaiting reimbursement). Lines and allocations agree by rule
/// (<see cref="SpecialFund.Allocate"/>); showing both lets an auditor see that they do.
/// </summary>
public sealed record ProjectFundingYear(
    Guid ProjectId, int FiscalYear, Money Budgeted, Money Allocated, Money Contracted, Money Spent, Money Advanced, Money AwaitingReimbursement) : IPartOfProject
{
    /// <summary>The years in which any of the project's money moved, by year.</summary>
    public static IReadOnlyList<ProjectFundingYear> Of(Guid projectId, IReadOnlyCollection<BudgetLine> lines, IReadOnlyCollection<(int FiscalYear, Money Amount)> allocations,
        IReadOnlyCollection<Contract> contracts, IReadOnlyCollection<Expenditure> expenditures)
    {
        var years = lines.Select(l => l.FiscalYear)
            .Concat(allocations.Select(a => a.FiscalYear))
            .Concat(contracts.Select(c => c.SignedOn.Year))
            .Concat(expenditures.Select(e => e.FiscalYear))
            .Distinct().Order();
        return years.Select(year =>
        {
            var paid = expenditures.Where(e => e.FiscalYear == year).ToList();
            return new ProjectFundingYear(projectId, year,
                Money.Sum(lines.Where(l => l.FiscalYear == year).Select(l => l.Amount)),
                Money.Sum(allocations.Where(a => a.FiscalYear == year).Select(a => a.Amount)),
                Money.Sum(contracts.Where(c => c.SignedOn.Year == year).Select(c => c.Amount)),
                Money.Sum(paid.Select(e => e.Amount)),
                Money.Sum(paid.Where(e => e.IsAdvance).Select(e => e.Amount)),
                Money.Sum(paid.Where(e => e.AwaitsReimbursement).Select(e => e.Amount)));
        }).ToList();
    }
}
