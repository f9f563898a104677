using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Features.Shared;

/// <summary>An amount of money in an input.</summary>
public sealed record MoneyInput(decimal Amount, string? Currency)
{
    /// <summary>The amount, refused (VALIDATION on <paramref name="field"/>) with more than two decimals or a malformed currency.</summary>
    public Money ToMoney(string field) => Money.Of(Amount, Currency, field);
}

public sealed class MoneyInputGraphType : InputObjectGraphType<MoneyInput>
{
    public MoneyInputGraphType()
    {
        Name = "MoneyInput";
        Description = "An amount of money: an exact decimal and its ISO 4217 currency.";
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("The amount, at most two decimal places.");
        Field<StringGraphType>("currency").Description("ISO 4217 currency code; CNY when omitted.");
        this.ReadableBy(Access.Inherited);
    }
}
