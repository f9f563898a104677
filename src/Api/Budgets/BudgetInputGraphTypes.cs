using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common.Mutations;

namespace InfoGov.Api.Budgets;

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

public sealed class RecordExpenditureInputGraphType : InputObjectGraphType<RecordExpenditureInput>
{
    public RecordExpenditureInputGraphType()
    {
        Name = "RecordExpenditureInput";
        Description = "A payment made for a project.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<DateOnlyGraphType>>("spentOn").Description("Date of payment; its year is the fiscal year charged.");
        Field<NonNullGraphType<MoneyInputGraphType>>("amount").Description("Amount paid.");
        Field<NonNullGraphType<StringGraphType>>("payee").Description("Who was paid.");
        Field<NonNullGraphType<ExpenditureCategoryGraphType>>("category").Description("What the money was spent on.");
        Field<BooleanGraphType>("isAdvance").Description("True when the unit advanced the money itself; false when omitted.");
        this.ReadableBy(Access.Inherited);
    }
}

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
