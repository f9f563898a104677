using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Budgets;

namespace InfoGov.Api.Features.Budgets;

public sealed class CategoryTotalGraphType : ObjectGraphType<CategoryTotal>
{
    public CategoryTotalGraphType()
    {
        Name = "ExpenditureCategoryTotal";
        Description = "The payments of one category of spending.";
        Field(t => t.Category, type: typeof(NonNullGraphType<ExpenditureCategoryGraphType>)).Description("The category.");
        Field(t => t.Count).Description("Number of payments.");
        Field<NonNullGraphType<MoneyGraphType>>("total").Description("Their sum.").Resolve(ctx => ctx.Source.Total);
        this.ReadableBy(Readers.FundManagers);
    }
}
