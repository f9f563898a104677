using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Budgets;

/// <summary>Input of <c>reimburseAdvance</c>.</summary>
public sealed record ReimburseAdvanceInput(string ExpenditureId, int Version, DateOnly ReimbursedOn);

public sealed class ReimburseAdvanceInputGraphType : InputObjectGraphType<ReimburseAdvanceInput>
{
    public ReimburseAdvanceInputGraphType()
    {
        Name = "ReimburseAdvanceInput";
        Description = "Records that the fund reimbursed an advance.";
        Field<NonNullGraphType<IdGraphType>>("expenditureId").Description("Global id of the expenditure.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("Its version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<DateOnlyGraphType>>("reimbursedOn").Description("When it was reimbursed.");
        this.ReadableBy(Access.Inherited);
    }
}
