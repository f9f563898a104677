using InfoGov.Domain.Common;

namespace InfoGov.Domain.Budgets;

/// <summary>Payments summed: in all, advanced by the units, and per category of spending.</summary>
public sealed record ExpenditureTotals(int Count, Money Total, Money Advanced, IReadOnlyList<CategoryTotal> ByCategory)
{
    public static ExpenditureTotals Of(IReadOnlyCollection<Expenditure> expenditures) => new(
        expenditures.Count,
        Money.Sum(expenditures.Select(e => e.Amount)),
        Money.Sum(expenditures.Where(e => e.IsAdvance).Select(e => e.Amount)),
        Enum.GetValues<ExpenditureCategory>().Select(category =>
        {
            var inCategory = expenditures.Where(e => e.Category == category).ToList();
            return new CategoryTotal(category, inCategory.Count, Money.Sum(inCategory.Select(e => e.Amount)));
        }).ToList());
}
