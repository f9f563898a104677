using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Planning;

namespace InfoGov.Api.Features.Planning;

/// <summary>Input of <c>draftPlan</c>.</summary>
public sealed record DraftPlanInput(string DepartmentCode, PlanKind Kind, int StartYear, string Title, string Objectives, MoneyInput BudgetEnvelope);

public sealed class DraftPlanInputGraphType : InputObjectGraphType<DraftPlanInput>
{
    public DraftPlanInputGraphType()
    {
        Name = "DraftPlanInput";
        Description = "A new plan of the caller's department (the office's department drafts the city's plan).";
        Field<NonNullGraphType<StringGraphType>>("departmentCode").Description("The caller's own department.");
        Field<NonNullGraphType<PlanKindGraphType>>("kind").Description("Five-year or annual.");
        Field<NonNullGraphType<IntGraphType>>("startYear").Description("First year covered; one plan of a kind per department and start year.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title, 1 to 200 characters.");
        Field<NonNullGraphType<StringGraphType>>("objectives").Description("The objectives, 1 to 4000 characters.");
        Field<NonNullGraphType<MoneyInputGraphType>>("budgetEnvelope").Description("The total the plan may spend.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>revisePlan</c>.</summary>
public sealed record RevisePlanInput(string Id, int Version, string? Title, string? Objectives, MoneyInput? BudgetEnvelope);

public sealed class RevisePlanInputGraphType : InputObjectGraphType<RevisePlanInput>
{
    public RevisePlanInputGraphType()
    {
        Name = "RevisePlanInput";
        Description = "Changes to a draft or returned plan; fields left out stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The plan.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the change is based on; a stale version is refused with CONFLICT.");
        Field<StringGraphType>("title").Description("New title.");
        Field<StringGraphType>("objectives").Description("New objectives.");
        Field<MoneyInputGraphType>("budgetEnvelope").Description("New budget envelope.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>addPlanItem</c>.</summary>
public sealed record AddPlanItemInput(string PlanId, string Title, string? Description, MoneyInput PlannedBudget, int Year, string? ResponsiblePerson = null);

public sealed class AddPlanItemInputGraphType : InputObjectGraphType<AddPlanItemInput>
{
    public AddPlanItemInputGraphType()
    {
        Name = "AddPlanItemInput";
        Description = "A planned item for a draft or returned plan.";
        Field<NonNullGraphType<IdGraphType>>("planId").Description("The plan.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title, 1 to 200 characters.");
        Field<StringGraphType>("description").Description("What is to be built or done.");
        Field<NonNullGraphType<MoneyInputGraphType>>("plannedBudget").Description("The budget planned for it, in the plan's currency.");
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year it is planned to start, within the plan's years.");
        Field<StringGraphType>("responsiblePerson").Description("Who answers for the item (确定专人负责), up to 100 characters.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>removePlanItem</c>.</summary>
public sealed record RemovePlanItemInput(string Id);

public sealed class RemovePlanItemInputGraphType : InputObjectGraphType<RemovePlanItemInput>
{
    public RemovePlanItemInputGraphType()
    {
        Name = "RemovePlanItemInput";
        Description = "An item to take out of a draft or returned plan.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The plan item.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>endorsePlan</c> and <c>submitPlan</c>.</summary>
public sealed record PlanStepInput(string Id, int Version);

public sealed class PlanStepInputGraphType : InputObjectGraphType<PlanStepInput>
{
    public PlanStepInputGraphType()
    {
        Name = "PlanStepInput";
        Description = "The plan to move one step on.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The plan.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the step is based on; a stale version is refused with CONFLICT.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>decidePlan</c>.</summary>
public sealed record DecidePlanInput(string Id, int Version, bool Approve, string? Comment);

public sealed class DecidePlanInputGraphType : InputObjectGraphType<DecidePlanInput>
{
    public DecidePlanInputGraphType()
    {
        Name = "DecidePlanInput";
        Description = "The office's decision on a submitted plan.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The plan.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version decided on; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<BooleanGraphType>>("approve").Description("True approves the plan; false returns it for revision.");
        Field<StringGraphType>("comment").Description("Comments; required when returning: what to change.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>linkProjectToPlanItem</c>.</summary>
public sealed record LinkProjectToPlanItemInput(string ProjectId, int Version, string? PlanItemId);

public sealed class LinkProjectToPlanItemInputGraphType : InputObjectGraphType<LinkProjectToPlanItemInput>
{
    public LinkProjectToPlanItemInputGraphType()
    {
        Name = "LinkProjectToPlanItemInput";
        Description = "The plan item a project delivers.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("The project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's version; a stale version is refused with CONFLICT.");
        Field<IdGraphType>("planItemId").Description("An item of an approved plan of the project's department or of the city's plan; null unlinks.");
        this.ReadableBy(Access.Inherited);
    }
}
