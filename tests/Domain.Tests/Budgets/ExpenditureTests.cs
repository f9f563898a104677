using InfoGov.Domain.Budgets;
using InfoGov.Domain.Common;

namespace InfoGov.Domain.Tests.Budgets;

public class ExpenditureTests
{
    private static Expenditure Payment(bool advance) => new()
    {
        ProjectId = Guid.NewGuid(),
        FiscalYear = 2026,
        SpentOn = new(2026, 4, 1),
        Amount = Money.Cny(100_000m),
        Payee = "Vendor",
        Category = ExpenditureCategory.Hardware,
        IsAdvance = advance,
    };

    private static readonly ProjectFundLedger Covered = new([(2026, Money.Cny(10_000_000m))], []);

    [Fact]
    public void An_advance_awaits_reimbursement_until_reimbursed()
    {
        var advance = Payment(advance: true);
        Assert.True(advance.AwaitsReimbursement);
        advance.Reimburse(new DateOnly(2026, 5, 1), Covered);
        Assert.False(advance.AwaitsReimbursement);
        Assert.Equal(new DateOnly(2026, 5, 1), advance.ReimbursedOn);
    }

    [Fact]
    public void Only_an_advance_is_reimbursed_and_only_once()
    {
        Assert.Throws<RuleViolation>(() => Payment(advance: false).Reimburse(new DateOnly(2026, 5, 1), Covered));
        var advance = Payment(advance: true);
        advance.Reimburse(new DateOnly(2026, 5, 1), Covered);
        Assert.Throws<RuleViolation>(() => advance.Reimburse(new DateOnly(2026, 6, 1), Covered));
    }

    [Fact]
    public void An_advance_is_not_reimbursed_before_it_was_paid() =>
        Assert.Throws<RuleViolation>(() => Payment(advance: true).Reimburse(new DateOnly(2026, 3, 1), Covered));

    [Fact]
    public void An_advance_is_reimbursed_only_out_of_an_allocation_that_covers_it()
    {
        var advance = Payment(advance: true);
        var refused = Assert.Throws<RuleViolation>(() => advance.Reimburse(new DateOnly(2026, 5, 1), new ProjectFundLedger([], [advance])));
        Assert.Equal(RuleViolation.FundsNotAllocated, refused.Code);
        var partly = new ProjectFundLedger([(advance.FiscalYear, advance.Amount.Subtract(Money.Cny(1m)))], [advance]);
        Assert.Contains("1.00 CNY more", Assert.Throws<RuleViolation>(() => advance.Reimburse(new DateOnly(2026, 5, 1), partly)).Message);
        Assert.True(advance.AwaitsReimbursement);
    }
}
