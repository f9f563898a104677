using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.Planning;

/// <summary>Root fields of this feature: plans.</summary>
public sealed class PlanningRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        PlanQueries.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        PlanMutations.AddTo(mutation);
    }
}
