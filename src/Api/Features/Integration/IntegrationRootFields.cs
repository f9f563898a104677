using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.Integration;

/// <summary>Root fields of this feature: trusted documents and the change feed.</summary>
public sealed class IntegrationRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        TrustedDocumentQueries.AddTo(query);
        ChangeQueries.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        TrustedDocumentMutations.AddTo(mutation);
    }
}
