using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Budgets;

namespace InfoGov.Api.Features.Budgets;

public sealed class ExpenditureTotalsGraphType : ObjectGraphType<ExpenditureTotals>
{
    public ExpenditureTotalsGraphType()
    {
        Name = "ExpenditureTotals";
        Description = "Payments summed over a filtered set: in all, advanced by the units, and per category of spending.";
        Field(t => t.Count).Description("Number of payments.");
        Field<NonNullGraphType<MoneyGraphType>>("total").Description("All payments.").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<MoneyGraphType>>("advanced").Description("Payments the units advanced themselves.").Resolve(ctx => ctx.Source.Advanced);
        this.Connection<ExpenditureTotals, CategoryTotalGraphType>("byCategory", "Per category of spending, every category listed (zero when none).")
            .ResolveBatched(ctx => LoaderResults.Known<IReadOnlyList<CategoryTotal>>(ctx.Source.ByCategory));
        this.ReadableBy(Readers.FundManagers);
    }
}
