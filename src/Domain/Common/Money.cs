namespace InfoGov.Domain.Common;

/// <summary>An amount of money: decimal, never floating point, always with its ISO 4217 currency.</summary>
public sealed record Money(decimal Amount, string Currency)
{
    public const string DefaultCurrency = "CNY";

    public static Money Zero(string currency = DefaultCurrency) => new(0m, currency);

    public static Money Cny(decimal amount) => new(amount, DefaultCurrency);

    public Money Add(Money other) => new(Amount + SameCurrency(other).Amount, Currency);

    public Money Subtract(Money other) => new(Amount - SameCurrency(other).Amount, Currency);

    /// <summary>Sums amounts of one currency; an empty sequence is zero in <paramref name="currency"/>.</summary>
    public static Money Sum(IEnumerable<Money> amounts, string currency = DefaultCurrency) =>
        amounts.Aggregate(Zero(currency), (total, next) => total.Add(next));

    private Money SameCurrency(Money other) =>
        other.Currency == Currency
            ? other
            : throw new InvalidOperationException($"Cannot combine {Currency} with {other.Currency}.");

    public override string ToString() => $"{Amount:0.00} {Currency}";
}
