using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.Policy;

/// <summary>Root fields of this feature: who the caller is.</summary>
public sealed class PolicyRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        MeQueries.AddTo(query);
    }
}
