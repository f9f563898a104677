using InfoGov.Domain.Budgets;
using InfoGov.Domain.Common;

namespace InfoGov.Domain.Tests.Budgets;

public class SpecialFundTests
{
    private static readonly SpecialFund Fund = new() { FiscalYear = 2026, Cap = Money.Cny(10_000_000m) };

    [Fact]
    public void Allocation_up_to_the_cap_is_allowed() =>
        Assert.True(Fund.CanAllocate(Money.Cny(9_000_000m), Money.Cny(1_000_000m)));

    [Fact]
    public void Allocation_beyond_the_cap_is_refused() =>
        Assert.False(Fund.CanAllocate(Money.Cny(9_000_000m), Money.Cny(1_000_000.01m)));

    [Fact]
    public void Zero_or_negative_allocations_are_refused()
    {
        Assert.False(Fund.CanAllocate(Money.Zero(), Money.Zero()));
        Assert.False(Fund.CanAllocate(Money.Zero(), Money.Cny(-5m)));
    }

    [Fact]
    public void Position_reports_allocated_spent_and_remaining()
    {
        var project = Guid.NewGuid();
        var allocations = new[]
        {
            new FundAllocation { FundId = Fund.Id, ProjectId = project, Amount = Money.Cny(6_000_000m), AllocatedOn = new(2026, 3, 1) },
            new FundAllocation { FundId = Fund.Id, ProjectId = project, Amount = Money.Cny(1_500_000m), AllocatedOn = new(2026, 5, 1) },
        };
        var expenditures = new[]
        {
            new Expenditure { ProjectId = project, FiscalYear = 2026, SpentOn = new(2026, 6, 1), Amount = Money.Cny(3_000_000m), Payee = "V", Category = ExpenditureCategory.Software },
            // The unit's own advance is not the fund's payment until reimbursed.
            new Expenditure { ProjectId = project, FiscalYear = 2026, SpentOn = new(2026, 7, 1), Amount = Money.Cny(900_000m), Payee = "V", Category = ExpenditureCategory.Software, IsAdvance = true },
        };
        var position = FundPosition.Of(Fund, allocations, expenditures);
        Assert.Equal(Money.Cny(7_500_000m), position.Allocated);
        Assert.Equal(Money.Cny(3_000_000m), position.Spent);
        Assert.Equal(Money.Cny(2_500_000m), position.Remaining);
        Assert.Equal(0.75m, position.AllocationRate);
        Assert.Equal(0.4m, position.SpendRate);

        expenditures[1].Reimburse(new DateOnly(2026, 8, 1), new ProjectFundLedger(allocations.Select(a => (2026, a.Amount)).ToList(), expenditures));
        Assert.Equal(Money.Cny(3_900_000m), FundPosition.Of(Fund, allocations, expenditures).Spent);
    }

    [Fact]
    public void An_allocation_past_the_cap_is_refused_with_fund_cap_exceeded()
    {
        var refused = Assert.Throws<RuleViolation>(() => Fund.EnsureCanAllocate(Money.Cny(9_500_000m), Money.Cny(600_000m)));
        Assert.Equal(RuleViolation.FundCapExceeded, refused.Code);
        Fund.EnsureCanAllocate(Money.Cny(9_500_000m), Money.Cny(500_000m));
    }

    [Fact]
    public void The_cap_cannot_fall_below_the_allocations()
    {
        var fund = new SpecialFund { FiscalYear = 2027, Cap = Money.Cny(10_000_000m) };
        Assert.Equal(RuleViolation.FundCapExceeded, Assert.Throws<RuleViolation>(() => fund.ChangeCap(Money.Cny(4_000_000m), Money.Cny(5_000_000m))).Code);
        fund.ChangeCap(Money.Cny(12_000_000m), Money.Cny(5_000_000m));
        Assert.Equal(Money.Cny(12_000_000m), fund.Cap);
    }

    [Fact]
    public void An_allocation_grows_the_years_budget_line_or_opens_one_and_funds_the_project()
    {
        var fund = new SpecialFund { FiscalYear = 2026, Cap = Money.Cny(10_000_000m) };
        var project = InfoGov.Domain.Tests.Projects.ProjectFactory.In(InfoGov.Domain.Projects.ProjectStatus.Approved); // budget 1,000,000
        var (first, line) = fund.Allocate(project, Money.Cny(600_000m), Money.Zero(), Money.Zero(), null, new DateOnly(2026, 3, 2), null, promotion: false);
        Assert.Equal((600_000m, 2026), (line!.Amount.Amount, line.FiscalYear));
        var (_, none) = fund.Allocate(project, Money.Cny(300_000m), first.Amount, first.Amount, line, new DateOnly(2026, 4, 1), null, promotion: false);
        Assert.Null(none);
        Assert.Equal(900_000m, line.Amount.Amount);
        Assert.Equal(InfoGov.Domain.Projects.FundingCategory.Funded, project.FundingCategory);
        Assert.Equal(RuleViolation.BudgetExceeded, Assert.Throws<RuleViolation>(() =>
            fund.Allocate(project, Money.Cny(100_001m), Money.Cny(900_000m), Money.Cny(900_000m), line, new DateOnly(2026, 5, 1), null, promotion: false)).Code);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() =>
            fund.Allocate(project, Money.Cny(1m), Money.Zero(), Money.Zero(), line, new DateOnly(2026, 5, 1), null, promotion: true)).Code);
    }

    [Theory]
    [InlineData(new[] { 2025 }, "2026-01-15", 2025)]
    [InlineData(new[] { 2025, 2026 }, "2026-01-15", 2026)]
    [InlineData(new[] { 2027 }, "2026-12-20", 2027)]
    [InlineData(new int[0], "2026-12-20", 2026)]
    public void A_payment_is_charged_to_the_fund_year_of_its_allocation(int[] allocationYears, string spentOn, int charged)
    {
        var project = InfoGov.Domain.Tests.Projects.ProjectFactory.In(InfoGov.Domain.Projects.ProjectStatus.InImplementation);
        var ledger = new ProjectFundLedger(allocationYears.Select(y => (y, Money.Cny(1_000m))).ToList(), []);
        var payment = Expenditure.Record(project, allocationYears.Length == 0 ? new ProjectFundLedger([], []) : ledger, DateOnly.Parse(spentOn), new DateOnly(2027, 1, 31), Money.Cny(100m), "Vendor", ExpenditureCategory.Software,
            isAdvance: allocationYears.Length == 0); // with nothing allocated, only the unit's own advance can be paid
        Assert.Equal(charged, payment.FiscalYear);
        Assert.Equal("spentOn", Assert.Throws<RuleViolation>(() =>
            Expenditure.Record(project, ledger, new DateOnly(2027, 2, 1), new DateOnly(2027, 1, 31), Money.Cny(1m), "V", ExpenditureCategory.Software, false)).Field);
    }

    [Fact]
    public void The_fund_pays_within_the_years_allocation_and_advances_within_the_unallocated_budget()
    {
        var project = InfoGov.Domain.Tests.Projects.ProjectFactory.In(InfoGov.Domain.Projects.ProjectStatus.InImplementation);
        var budget = project.Baseline!.Budget;
        var today = new DateOnly(2026, 11, 20);
        Expenditure Pay(ProjectFundLedger ledger, decimal amount, bool advance) =>
            Expenditure.Record(project, ledger, new DateOnly(2026, 6, 1), today, Money.Cny(amount), "Vendor", ExpenditureCategory.Software, advance);

        var nothing = new ProjectFundLedger([], []);
        Assert.Equal(RuleViolation.FundsNotAllocated, Assert.Throws<RuleViolation>(() => Pay(nothing, 1m, false)).Code);
        var first = Pay(new ProjectFundLedger([(2026, Money.Cny(500m))], []), 450m, false);
        var refused = Assert.Throws<RuleViolation>(() => Pay(new ProjectFundLedger([(2026, Money.Cny(500m))], [first]), 450m, false));
        Assert.Contains("400.00 CNY more than it allocated (500.00 CNY)", refused.Message);

        var allocated = new ProjectFundLedger([(2026, budget.Subtract(Money.Cny(1_000m)))], []);
        var advance = Pay(allocated, 600m, true);
        Assert.Contains("400.00 CNY is left", Assert.Throws<RuleViolation>(() => Pay(allocated with { Payments = [advance] }, 401m, true)).Message);
        Pay(allocated with { Payments = [advance] }, 400m, true);
    }
}
