using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.Planning;

/// <summary>Who may read and change what in this feature: DOMAIN.md section 7 written out for the tests (see
/// <see cref="AccessPolicy"/>, which gathers every feature's rules for the access matrix).</summary>
public static class PlanningAccessPolicy
{
    public static readonly FeatureAccess Rules = new()
    {
        NodeTypes = new()
        {
            // Approved plans: drafts on their way up are confined to their department and the office (PlanTests).
            ["Plan"] = new(Government, Government),
            ["PlanItem"] = new(Government, Government),
        },
        Query = new()
        {
            ["plans"] = Government,
            ["plan"] = Government,
            ["planGaps"] = Government,
        },
        Mutation = new()
        {
            ["draftPlan"] = new(PlanDrafters, "{ departmentCode: \"NOPE\", kind: ANNUAL, startYear: 2027, title: \"x\", objectives: \"x\", budgetEnvelope: { amount: 1 } }"),
            ["revisePlan"] = new(PlanDrafters, "{ id: \"bm9wZQ==\", version: 1 }"),
            ["addPlanItem"] = new(PlanDrafters, "{ planId: \"bm9wZQ==\", title: \"x\", plannedBudget: { amount: 1 }, year: 2027 }"),
            ["removePlanItem"] = new(PlanDrafters, "{ id: \"bm9wZQ==\" }"),
            ["endorsePlan"] = new(OwningLeader, "{ id: \"bm9wZQ==\", version: 1 }"),
            ["submitPlan"] = new(PlanSubmitters, "{ id: \"bm9wZQ==\", version: 1 }"),
            ["decidePlan"] = new(Office, "{ id: \"bm9wZQ==\", version: 1, approve: true }"),
            ["linkProjectToPlanItem"] = new(PlanLinkers, "{ projectId: \"bm9wZQ==\", version: 1 }"),
        },
    };
}
