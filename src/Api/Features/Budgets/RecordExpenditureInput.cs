using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Budgets;

namespace InfoGov.Api.Features.Budgets;

/// <summary>Input of <c>recordExpenditure</c>.</summary>
public sealed record RecordExpenditureInput(string ProjectId, DateOnly SpentOn, MoneyInput Amount, string Payee, ExpenditureCategory Category, bool? IsAdvance);

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
