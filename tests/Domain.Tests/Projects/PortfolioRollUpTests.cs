using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class PortfolioRollUpTests
{
    private static ProjectFigures Figures(ProjectStatus status, StatusColour? colour, decimal budget, decimal allocated, decimal contracted, decimal spent) =>
        new(Guid.NewGuid(), status, colour, Money.Cny(budget), Money.Cny(allocated), Money.Cny(contracted), Money.Cny(spent));

    [Fact]
    public void Sums_a_small_portfolio_as_counted_by_hand()
    {
        var rollUp = PortfolioRollUp.Of(
        [
            Figures(ProjectStatus.InImplementation, StatusColour.Green, 1_000_000, 800_000, 900_000, 400_000),
            Figures(ProjectStatus.InImplementation, StatusColour.Red, 500_000, 500_000, 520_000, 610_000),
            Figures(ProjectStatus.Accepted, StatusColour.Green, 300_000, 300_000, 280_000, 280_000),
            Figures(ProjectStatus.Draft, null, 200_000, 0, 0, 0),
        ]);
        Assert.Equal(4, rollUp.Projects);
        Assert.Equal(2, rollUp.ByStatus[ProjectStatus.InImplementation]);
        Assert.Equal(1, rollUp.ByStatus[ProjectStatus.Accepted]);
        Assert.Equal(1, rollUp.ByStatus[ProjectStatus.Draft]);
        Assert.Equal(2, rollUp.ByColour[StatusColour.Green]);
        Assert.Equal(1, rollUp.ByColour[StatusColour.Red]);
        Assert.False(rollUp.ByColour.ContainsKey(StatusColour.Amber));
        Assert.Equal(1, rollUp.WithoutColour);
        Assert.Equal(Money.Cny(2_000_000), rollUp.Budget);
        Assert.Equal(Money.Cny(1_600_000), rollUp.Allocated);
        Assert.Equal(Money.Cny(1_700_000), rollUp.Contracted);
        Assert.Equal(Money.Cny(1_290_000), rollUp.Spent);
        Assert.Equal(Money.Cny(710_000), rollUp.Unspent);
        Assert.Equal(64.5m, rollUp.SpentPercent);
    }

    [Fact]
    public void An_empty_portfolio_has_no_spending_share()
    {
        var rollUp = PortfolioRollUp.Of([]);
        Assert.Equal(0, rollUp.Projects);
        Assert.Equal(Money.Cny(0), rollUp.Budget);
        Assert.Null(rollUp.SpentPercent);
    }
}
