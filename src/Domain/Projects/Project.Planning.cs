using InfoGov.Domain.Common;
using InfoGov.Domain.Planning;

namespace InfoGov.Domain.Projects;

public sealed partial class Project
{
    /// <summary>The plan item this project delivers, if it was planned.</summary>
    public Guid? PlanItemId { get; private set; }

    /// <summary>Links the project to the plan item it delivers: an item of an approved plan of its own
    /// department, or of the city's plan. Null unlinks it. A cancelled or rejected project delivers nothing.</summary>
    public void DeliverPlanItem(PlanItem? item, Plan? plan)
    {
        if (item is null)
        {
            PlanItemId = null;
            return;
        }
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Id != item.PlanId) throw new ArgumentException("The plan is not the item's.", nameof(plan));
        if (Status is ProjectStatus.Cancelled or ProjectStatus.Rejected)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"A {Status} project delivers no plan item.");
        if (plan.Status != PlanStatus.Approved)
            throw new RuleViolation(RuleViolation.InvalidTransition, "Projects deliver items of approved plans only.", "planItemId");
        if (!plan.IsCityPlan && plan.DepartmentId != OwnerDepartmentId)
            throw new RuleViolation(RuleViolation.Validation, "The item is in another department's plan; a project delivers its own department's plan or the city's.", "planItemId");
        PlanItemId = item.Id;
    }
}
