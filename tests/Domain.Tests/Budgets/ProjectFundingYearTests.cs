using InfoGov.Domain.Budgets;
using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Budgets;

public class ProjectFundingYearTests
{
    private static readonly Guid ProjectId = Guid.NewGuid();

    private static Expenditure Paid(int fundYear, decimal amount, ExpenditureCategory category, bool advance = false) => new()
    {
        ProjectId = ProjectId,
        FiscalYear = fundYear,
        SpentOn = new(fundYear + 1, 1, 15),
        Amount = Money.Cny(amount),
        Payee = "Vendor",
        Category = category,
        IsAdvance = advance,
    };

    [Fact]
    public void Each_year_shows_its_line_allocations_contracts_and_payments_charged_to_it()
    {
        var lines = new[] { new BudgetLine { ProjectId = ProjectId, FiscalYear = 2025, Amount = Money.Cny(300_000m) } };
        var allocations = new[] { (2025, Money.Cny(200_000m)), (2025, Money.Cny(100_000m)) };
        var contracts = new[]
        {
            new Contract { ProjectId = ProjectId, Number = "HT-1", Vendor = "V", Amount = Money.Cny(250_000m), SignedOn = new(2026, 2, 1), SignerId = Guid.NewGuid() },
        };
        var advance = Paid(2025, 40_000m, ExpenditureCategory.Hardware, advance: true);
        var payments = new[] { Paid(2025, 60_000m, ExpenditureCategory.Software), advance };

        var years = ProjectFundingYear.Of(ProjectId, lines, allocations, contracts, payments);

        // Payments made in January 2026 are charged to the 2025 fund; the contract is of 2026.
        Assert.Equal([2025, 2026], years.Select(y => y.FiscalYear).ToArray());
        Assert.Equal(new ProjectFundingYear(ProjectId, 2025, Money.Cny(300_000m), Money.Cny(300_000m), Money.Zero(), Money.Cny(100_000m), Money.Cny(40_000m), Money.Cny(40_000m)), years[0]);
        Assert.Equal(new ProjectFundingYear(ProjectId, 2026, Money.Zero(), Money.Zero(), Money.Cny(250_000m), Money.Zero(), Money.Zero(), Money.Zero()), years[1]);

        advance.Reimburse(new DateOnly(2026, 3, 1), new ProjectFundLedger(allocations, payments));
        Assert.Equal(Money.Zero(), ProjectFundingYear.Of(ProjectId, lines, allocations, contracts, payments)[0].AwaitingReimbursement);
    }

    [Fact]
    public void A_payment_is_charged_to_the_fund_year_of_the_allocation_paying_it()
    {
        Assert.Equal(2025, Expenditure.FundYearOf([2025], new DateOnly(2026, 1, 20)));
        Assert.Equal(2026, Expenditure.FundYearOf([2025, 2026], new DateOnly(2026, 1, 20)));
        Assert.Equal(2026, Expenditure.FundYearOf([2026], new DateOnly(2025, 11, 3))); // an advance before the first allocation
        Assert.Equal(2024, Expenditure.FundYearOf([], new DateOnly(2024, 6, 30)));
    }

    [Fact]
    public void Totals_list_every_category_and_the_advances()
    {
        var totals = ExpenditureTotals.Of([Paid(2025, 60_000m, ExpenditureCategory.Software), Paid(2025, 40_000.5m, ExpenditureCategory.Software, advance: true),
            Paid(2025, 10_000m, ExpenditureCategory.Services)]);
        Assert.Equal((3, Money.Cny(110_000.5m), Money.Cny(40_000.5m)), (totals.Count, totals.Total, totals.Advanced));
        Assert.Equal(Enum.GetValues<ExpenditureCategory>(), totals.ByCategory.Select(c => c.Category).ToArray());
        Assert.Equal(new CategoryTotal(ExpenditureCategory.Software, 2, Money.Cny(100_000.5m)), totals.ByCategory.Single(c => c.Category == ExpenditureCategory.Software));
        Assert.Equal(new CategoryTotal(ExpenditureCategory.Hardware, 0, Money.Zero()), totals.ByCategory.Single(c => c.Category == ExpenditureCategory.Hardware));
    }
}
