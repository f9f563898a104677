namespace InfoGov.Domain.Common;

/// <summary>An amount of money: decimal, never floating point, always with its ISO 4217 currency.</summary>
public sealed record Money(decimal Amount, string Currency)
{
    public const string DefaultCurrency = "CNY";

    public static Money Zero(string currency = DefaultCurrency) => new(0m, currency);

    public static Money Cny(decimal amount) => new(amount, DefaultCurrency);

    /// <summary>An amount given by a user: at most two decimal places (fen), and an ISO 4217 code of
    /// three capital letters (CNY when none is given). <paramref name="field"/> names the input for a refusal.</summary>
    public static Money Of(decimal amount, string? currency, string field)
    {
        if (decimal.Round(amount, 2) != amount)
            throw new RuleViolation(RuleViolation.Validation, $"{amount} has more than two decimal places; amounts are in yuan and fen.", field + ".amount");
        var code = string.IsNullOrWhiteSpace(currency) ? DefaultCurrency : currency.Trim();
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            throw new RuleViolation(RuleViolation.Validation, $"'{code}' is not an ISO 4217 currency code such as CNY.", field + ".currency");
        return new Money(amount, code);
    }

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
