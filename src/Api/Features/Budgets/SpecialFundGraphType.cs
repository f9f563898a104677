using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Budgets;

namespace InfoGov.Api.Features.Budgets;

public sealed class SpecialFundGraphType : ObjectGraphType<SpecialFund>
{
    public SpecialFundGraphType()
    {
        Name = "SpecialFund";
        Description = "A fiscal year's informatization special fund. Allocations never exceed its cap; what is left can promote reserve projects.";
        this.IsNode();
        Field(f => f.FiscalYear).Description("The fiscal year.");
        Field<NonNullGraphType<MoneyGraphType>>("cap").Description("The most the fund may allocate.").Resolve(ctx => ctx.Source.Cap);
        Field<NonNullGraphType<MoneyGraphType>>("allocated").Description("Total allocated to projects.")
            .Resolve(ctx => ctx.Loaders().Position(ctx.Source.Id).Then(p => p!.Allocated));
        Field<NonNullGraphType<MoneyGraphType>>("spent").Description("What the fund paid: payments charged to its year on the projects it allocated to, except advances the units made that it has not reimbursed yet.")
            .Resolve(ctx => ctx.Loaders().Position(ctx.Source.Id).Then(p => p!.Spent));
        Field<NonNullGraphType<MoneyGraphType>>("remaining").Description("Cap minus allocated: what is left to allocate.")
            .Resolve(ctx => ctx.Loaders().Position(ctx.Source.Id).Then(p => p!.Remaining));
        Field<NonNullGraphType<DecimalGraphType>>("allocationRate").Description("Share of the cap allocated, 0-1.")
            .Resolve(ctx => ctx.Loaders().Position(ctx.Source.Id).Then(p => p!.AllocationRate));
        Field<NonNullGraphType<DecimalGraphType>>("spendRate").Description("Share of the allocations spent, 0-1.")
            .Resolve(ctx => ctx.Loaders().Position(ctx.Source.Id).Then(p => p!.SpendRate));
        Field(f => f.Version).Description("Concurrency version; changes with every edit.");
        this.Connection<SpecialFund, FundAllocationGraphType>("allocations", "Allocations from this fund, oldest first (the same day's by id, the same on every provider).").ReadableBy(Readers.FundManagers)
            .ResolveBatched(ctx => ctx.Loaders().Children<FundAllocation>(nameof(FundAllocation.FundId), ctx.Source.Id, a => a.OrderBy(x => x.AllocatedOn).ThenBy(x => x.Id)));
        this.ReadableBy(Readers.GovernmentAndDashboards);
    }
}
