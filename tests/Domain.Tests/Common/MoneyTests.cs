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
}
