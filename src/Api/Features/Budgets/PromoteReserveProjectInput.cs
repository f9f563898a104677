using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Budgets;

/// <summary>Input of <c>promoteReserveProject</c>.</summary>
public sealed record PromoteReserveProjectInput(int FiscalYear, string ProjectId);

public sealed class PromoteReserveProjectInputGraphType : InputObjectGraphType<PromoteReserveProjectInput>
{
    public PromoteReserveProjectInputGraphType()
    {
        Name = "PromoteReserveProjectInput";
        Description = "Funds a reserve project with its whole baseline budget from a year's fund, when the money is free.";
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("The fund's fiscal year.");
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the reserve project.");
        this.ReadableBy(Access.Inherited);
    }
}
