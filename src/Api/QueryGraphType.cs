using GraphQL.Types;
using InfoGov.Api.Assessments;
using InfoGov.Api.Audit;
using InfoGov.Api.Authorization;
using InfoGov.Api.Budgets;
using InfoGov.Api.DataSharing;
using InfoGov.Api.Departments;
using InfoGov.Api.Http;
using InfoGov.Api.Integration;
using InfoGov.Api.Projects;
using InfoGov.Api.Relay;

namespace InfoGov.Api;

/// <summary>The root query: one line per feature.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(GraphQLEndpointOptions limits)
    {
        Name = "Query";
        Description = "Read access to InfoGov: organisation, projects, budgets, the data catalog and assessments.";
        MeQueries.AddTo(this);
        NodeQueries.AddTo(this, limits.MaxNodeIds);
        DepartmentQueries.AddTo(this);
        ProjectQueries.AddTo(this);
        BudgetQueries.AddTo(this);
        DataSharingQueries.AddTo(this);
        DataSharingQueries.AddDisputesTo(this);
        AssessmentQueries.AddTo(this);
        AuditQueries.AddTo(this);
        TrustedDocumentQueries.AddTo(this);
        ChangeQueries.AddTo(this);
        Webhooks.WebhookQueries.AddTo(this);
        Operations.OperationsQueries.AddTo(this);
        Planning.PlanQueries.AddTo(this);
        Leadership.LeadershipQueries.AddTo(this);
        PortfolioQueries.AddTo(this);
        BulletinQueries.AddTo(this);
        AccessMetadata.DescribeDeclaredFields(this);
    }
}
