using GraphQL.Types;
using InfoGov.Api.Assessments;
using InfoGov.Api.Authorization;
using InfoGov.Api.Budgets;
using InfoGov.Api.DataSharing;
using InfoGov.Api.Integration;
using InfoGov.Api.Leadership;
using InfoGov.Api.Projects;

namespace InfoGov.Api;

/// <summary>The root mutation: one line per feature.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "Changes to InfoGov. Each mutation runs in one transaction, returns typed errors in its payload, and is recorded in the audit trail.";
        ProjectMutations.AddTo(this);
        ReviewMutations.AddTo(this);
        DeliveryMutations.AddTo(this);
        BudgetMutations.AddTo(this);
        LeadershipMutations.AddTo(this);
        CatalogMutations.AddTo(this);
        SharingMutations.AddTo(this);
        GrantMutations.AddTo(this);
        DataAccessMutations.AddTo(this);
        DisputeMutations.AddTo(this);
        TrustedDocumentMutations.AddTo(this);
        Webhooks.WebhookMutations.AddTo(this);
        Operations.OperationsMutations.AddTo(this);
        Planning.PlanMutations.AddTo(this);
        AssessmentMutations.AddTo(this);
        AccessMetadata.DescribeDeclaredFields(this);
    }
}
