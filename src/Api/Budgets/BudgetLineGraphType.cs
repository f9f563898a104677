using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common;
using InfoGov.Api.Common.Loading;
using InfoGov.Api.Projects;
using InfoGov.Api.Relay;
using InfoGov.Domain.Budgets;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Budgets;

public sealed class BudgetLineGraphType : ObjectGraphType<BudgetLine>
{
    public BudgetLineGraphType()
    {
        Name = "BudgetLine";
        Description = "The amount approved for a project in one fiscal year.";
        this.IsNode();
        Field(b => b.FiscalYear).Description("The fiscal year.");
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("The amount approved.").Resolve(ctx => ctx.Source.Amount);
        Field(b => b.Purpose, nullable: true).Description("What the money is for.");
        Field(b => b.Version).Description("Concurrency version; changes with every edit.");
        Field<ProjectGraphType>("project").Description("The project. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.MoneyAndContracts);
    }
}
