using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Engine.Relay;

/// <summary>Root fields of this feature: the node and nodes fields: any object by its global id.</summary>
public sealed class RelayRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        NodeQueries.AddTo(query, services.GetRequiredService<Http.GraphQLEndpointOptions>().MaxNodeIds);
    }
}
