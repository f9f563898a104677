using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.Operations;

/// <summary>Root fields of this feature: systems in operation, their security and continuity records.</summary>
public sealed class OperationsRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        OperationsQueries.AddTo(query);
        ContinuityQueries.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        OperationsMutations.AddTo(mutation);
        ContinuityMutations.AddTo(mutation);
    }
}
