using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.Budgets;

/// <summary>Root fields of this feature: the special fund, allocations and spending.</summary>
public sealed class BudgetRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        BudgetQueries.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        BudgetMutations.AddTo(mutation);
    }
}
