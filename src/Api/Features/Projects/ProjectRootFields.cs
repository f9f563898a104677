using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.Projects;

/// <summary>Root fields of this feature: projects through their lifecycle, the portfolio and the monthly bulletin.</summary>
public sealed class ProjectRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        ProjectQueries.AddTo(query);
        PortfolioQueries.AddTo(query);
        BulletinQueries.AddTo(query);
        VendorRegister.AddQueries(query);
        RiskRegister.AddQueries(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        ProjectMutations.AddTo(mutation);
        ReviewMutations.AddTo(mutation);
        DeliveryMutations.AddTo(mutation);
        SupervisionMutations.AddTo(mutation);
        VendorRegister.AddMutations(mutation);
        RiskRegister.AddMutations(mutation);
        ExpertPoolMutations.AddTo(mutation);
    }
}
