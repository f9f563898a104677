using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Features.Shared;

public sealed class MoneyGraphType : ObjectGraphType<Money>
{
    public MoneyGraphType()
    {
        Name = "Money";
        Description = "An amount of money: an exact decimal with its ISO 4217 currency (CNY by default).";
        Field(m => m.Amount, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("The exact amount, in units of the currency (yuan for CNY).");
        Field(m => m.Currency).Description("ISO 4217 currency code, e.g. CNY.");
        this.ReadableBy(Access.Inherited);
    }
}
