using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Projects;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Budgets;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Budgets;

public sealed class ExpenditureGraphType : ObjectGraphType<Expenditure>
{
    public ExpenditureGraphType()
    {
        Name = "Expenditure";
        Description = "A payment made for a project. Money the unit advanced itself is marked as an advance until reimbursed.";
        this.IsNode();
        Field(e => e.FiscalYear).Description("The fund year charged: that of the allocation paying it (the latest year with an allocation up to the payment), not the calendar year it was paid.");
        Field(e => e.SpentOn).Description("Date of payment.");
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("Amount paid.").Resolve(ctx => ctx.Source.Amount);
        Field(e => e.Payee).Description("Who was paid. Restricted: contracts and vendors.");
        Field(e => e.Category, type: typeof(NonNullGraphType<ExpenditureCategoryGraphType>)).Description("What the money was spent on.");
        Field(e => e.IsAdvance).Description("True when the unit advanced the money itself.");
        Field(e => e.ReimbursedOn, nullable: true).Description("When an advance was reimbursed; null otherwise.");
        Field(e => e.AwaitsReimbursement).Description("True for an advance not yet reimbursed.");
        Field(e => e.Version).Description("Concurrency version; changes with every edit.");
        Field<ProjectGraphType>("project").Description("The project paid for. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.MoneyAndContracts);
    }
}
