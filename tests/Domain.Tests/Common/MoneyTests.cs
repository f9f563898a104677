using InfoGov.Domain.Common;

namespace InfoGov.Domain.Tests.Common;

public class MoneyTests
{
    [Fact]
    public void Amounts_of_one_currency_add_exactly() =>
        Assert.Equal(Money.Cny(0.3m), Money.Cny(0.1m).Add(Money.Cny(0.2m)));

    [Fact]
    public void Different_currencies_do_not_mix() =>
        Assert.Throws<InvalidOperationException>(() => Money.Cny(1m).Add(new Money(1m, "USD")));

    [Fact]
    public void Sum_of_nothing_is_zero() => Assert.Equal(Money.Zero(), Money.Sum([]));

    [Theory]
    [InlineData(0.001)]
    [InlineData(12.345)]
    public void A_users_amount_has_at_most_two_decimals(decimal amount)
    {
        var refused = Assert.Throws<RuleViolation>(() => Money.Of(amount, null, "budget"));
        Assert.Equal(("VALIDATION", "budget.amount"), (refused.Code, refused.Field));
    }

    [Fact]
    public void A_users_amount_names_its_currency_or_is_in_yuan()
    {
        Assert.Equal(Money.Cny(12.30m), Money.Of(12.300m, null, "amount"));
        Assert.Equal(new Money(5m, "USD"), Money.Of(5m, " USD ", "amount"));
        Assert.Equal("amount.currency", Assert.Throws<RuleViolation>(() => Money.Of(5m, "yuan", "amount")).Field);
    }
}
