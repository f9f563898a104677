using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Shared;

namespace InfoGov.Api.Features.Budgets;

/// <summary>Input of <c>setFundCap</c>.</summary>
public sealed record SetFundCapInput(int FiscalYear, MoneyInput Cap, int? Version);

public sealed class SetFundCapInputGraphType : InputObjectGraphType<SetFundCapInput>
{
    public SetFundCapInputGraphType()
    {
        Name = "SetFundCapInput";
        Description = "Sets a fiscal year's special fund cap, creating the fund if it does not exist yet.";
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("The fiscal year.");
        Field<NonNullGraphType<MoneyInputGraphType>>("cap").Description("The most the fund may allocate; not below what it has allocated.");
        Field<IntGraphType>("version").Description("The fund's version, to change an existing fund; a stale version is refused with CONFLICT.");
        this.ReadableBy(Access.Inherited);
    }
}
