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

    [Fact]
    public void An_advance_awaits_reimbursement_until_reimbursed()
    {
        var advance = Payment(advance: true);
        Assert.True(advance.AwaitsReimbursement);
        advance.Reimburse(new DateOnly(2026, 5, 1));
        Assert.False(advance.AwaitsReimbursement);
        Assert.Equal(new DateOnly(2026, 5, 1), advance.ReimbursedOn);
    }

    [Fact]
    public void Only_an_advance_is_reimbursed_and_only_once()
    {
        Assert.Throws<RuleViolation>(() => Payment(advance: false).Reimburse(new DateOnly(2026, 5, 1)));
        var advance = Payment(advance: true);
        advance.Reimburse(new DateOnly(2026, 5, 1));
        Assert.Throws<RuleViolation>(() => advance.Reimburse(new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void An_advance_is_not_reimbursed_before_it_was_paid() =>
        Assert.Throws<RuleViolation>(() => Payment(advance: true).Reimburse(new DateOnly(2026, 3, 1)));
}
