using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Shared;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>submitProgressReport</c>.</summary>
public sealed record SubmitProgressReportInput(string ProjectId, DateOnly Month, int ProgressPercent, MoneyInput SpendToDate, string? Issues, string? Risks, string? Explanation);

public sealed class SubmitProgressReportInputGraphType : InputObjectGraphType<SubmitProgressReportInput>
{
    public SubmitProgressReportInputGraphType()
    {
        Name = "SubmitProgressReportInput";
        Description = "The monthly progress report of a project under way: one per month.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<DateOnlyGraphType>>("month").Description("The month reported on, as its first day.");
        Field<NonNullGraphType<IntGraphType>>("progressPercent").Description("Progress in percent, 0-100.");
        Field<NonNullGraphType<MoneyInputGraphType>>("spendToDate").Description("Money spent so far.");
        Field<StringGraphType>("issues").Description("Issues met during the month.");
        Field<StringGraphType>("risks").Description("Risks foreseen, as free text: no longer accepted; enter them in the project's risk register (raiseRisk).")
            .DeprecationReason("Risks are kept in the project's register: use raiseRisk.");
        Field<StringGraphType>("explanation").Description("Why progress went down, required when it did.");
        this.ReadableBy(Access.Inherited);
    }
}
