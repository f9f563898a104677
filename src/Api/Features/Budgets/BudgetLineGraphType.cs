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
