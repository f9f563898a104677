using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.Leadership;

/// <summary>Root fields of this feature: leaders, their duties and delegations.</summary>
public sealed class LeadershipRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        LeadershipQueries.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        LeadershipMutations.AddTo(mutation);
    }
}
