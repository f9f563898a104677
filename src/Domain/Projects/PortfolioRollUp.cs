using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>What a roll-up needs to know of one project: its status and colour now, its money, and whether its review
/// is overdue (<see cref="Project.IsReviewOverdue"/>).</summary>
public sealed record ProjectFigures(Guid ProjectId, ProjectStatus Status, StatusColour? Colour, Money Budget, Money Allocated, Money Contracted, Money Spent,
    bool ReviewOverdue = false);

/// <summary>
/// A portfolio of projects summed: how many in each status and colour, and the budget (the baseline,
/// or the proposal before approval), what the fund allocated, what contracts committed and what was
/// spent. <see cref="Unspent"/> is the budget less the spending; a negative figure is an overrun.
/// </summary>
public sealed record PortfolioRollUp(
    int Projects, IReadOnlyDictionary<ProjectStatus, int> ByStatus, IReadOnlyDictionary<StatusColour, int> ByColour, int WithoutColour,
    Money Budget, Money Allocated, Money Contracted, Money Spent)
{
    /// <summary>Submitted projects still without a panel past their review's due date.</summary>
    public int ReviewsOverdue { get; private init; }

    public Money Unspent => Budget.Subtract(Spent);

    /// <summary>Spending as a percent of the budget, two decimals; null for an empty budget.</summary>
    public decimal? SpentPercent => Budget.Amount == 0 ? null : Math.Round(100m * Spent.Amount / Budget.Amount, 2, MidpointRounding.AwayFromZero);

    public static PortfolioRollUp Of(IEnumerable<ProjectFigures> projects)
    {
        var list = projects.ToList();
        return new PortfolioRollUp(
            list.Count,
            list.GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count()),
            list.Where(p => p.Colour is not null).GroupBy(p => p.Colour!.Value).ToDictionary(g => g.Key, g => g.Count()),
            list.Count(p => p.Colour is null),
            Money.Sum(list.Select(p => p.Budget)),
            Money.Sum(list.Select(p => p.Allocated)),
            Money.Sum(list.Select(p => p.Contracted)),
            Money.Sum(list.Select(p => p.Spent)))
        {
            ReviewsOverdue = list.Count(p => p.ReviewOverdue),
        };
    }
}
