using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Root fields of this feature: the catalog, sharing requests, grants, access and disputes.</summary>
public sealed class DataSharingRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        DataSharingQueries.AddTo(query);
        DataSharingQueries.AddDisputesTo(query);
        SharingEntitlementQueries.AddTo(query);
        DataQuality.AddQueries(query);
        DataNeeds.AddQueries(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        CatalogMutations.AddTo(mutation);
        SharingMutations.AddTo(mutation);
        GrantMutations.AddTo(mutation);
        DataAccessMutations.AddTo(mutation);
        DisputeMutations.AddTo(mutation);
        DataQuality.AddMutations(mutation);
        DataNeeds.AddMutations(mutation);
    }
}
