using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Shared;

namespace InfoGov.Api.Features.Budgets;

/// <summary>Input of <c>allocateFunds</c>.</summary>
public sealed record AllocateFundsInput(int FiscalYear, string ProjectId, MoneyInput Amount, string? Note);

public sealed class AllocateFundsInputGraphType : InputObjectGraphType<AllocateFundsInput>
{
    public AllocateFundsInputGraphType()
    {
        Name = "AllocateFundsInput";
        Description = "Money from a year's fund for an approved project; refused past the cap.";
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("The fund's fiscal year.");
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<MoneyInputGraphType>>("amount").Description("The amount to allocate.");
        Field<StringGraphType>("note").Description("Note on the allocation.");
        this.ReadableBy(Access.Inherited);
    }
}
