using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Budgets;

namespace InfoGov.Api.Features.Budgets;

public sealed class ProjectFundingYearGraphType : ObjectGraphType<ProjectFundingYear>
{
    public ProjectFundingYearGraphType()
    {
        Name = "ProjectFundingYear";
        Description = "One fiscal year of a project's money: budget line, allocations, contracts and payments charged to the year.";
        Field(y => y.FiscalYear).Description("The fiscal (fund) year.");
        Field<NonNullGraphType<MoneyGraphType>>("budgeted").Description("The project's budget line of the year; it agrees with the year's allocations.").Resolve(ctx => ctx.Source.Budgeted);
        Field<NonNullGraphType<MoneyGraphType>>("allocated").Description("What the year's special fund allocated to the project.").Resolve(ctx => ctx.Source.Allocated);
        Field<NonNullGraphType<MoneyGraphType>>("contracted").Description("Contracts signed in the year.").Resolve(ctx => ctx.Source.Contracted);
        Field<NonNullGraphType<MoneyGraphType>>("spent").Description("Payments charged to the year (to the fund year of the allocation paying them).").Resolve(ctx => ctx.Source.Spent);
        Field<NonNullGraphType<MoneyGraphType>>("advanced").Description("Of the payments, those the unit advanced itself.").Resolve(ctx => ctx.Source.Advanced);
        Field<NonNullGraphType<MoneyGraphType>>("awaitingReimbursement").Description("Of the advances, those not yet reimbursed.").Resolve(ctx => ctx.Source.AwaitingReimbursement);
        this.ReadableBy(Readers.MoneyAndContracts);
    }
}
