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

public sealed class FundAllocationGraphType : ObjectGraphType<FundAllocation>
{
    public FundAllocationGraphType()
    {
        Name = "FundAllocation";
        Description = "Money from a year's special fund allocated to a funded project.";
        this.IsNode();
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("The amount allocated.").Resolve(ctx => ctx.Source.Amount);
        Field(a => a.AllocatedOn).Description("When it was allocated.");
        Field(a => a.Note, nullable: true).Description("Note, e.g. promoted from the reserve list.");
        Field(a => a.Version).Description("Concurrency version; changes with every edit.");
        Field<NonNullGraphType<SpecialFundGraphType>>("fund").Description("The fund allocated from.")
            .Resolve(ctx => ctx.Loaders().ById<SpecialFund>(ctx.Source.FundId));
        Field<ProjectGraphType>("project").Description("The project allocated to. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.MoneyAndContracts);
    }
}
