using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Projects;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Planning;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Planning;

public sealed class PlanGraphType : ObjectGraphType<Plan>
{
    public PlanGraphType()
    {
        Name = "Plan";
        Description = "A department's five-year or annual informatization plan, or the city's: objectives, a budget envelope and the planned items.";
        this.IsNode();
        Field(p => p.Code).Description("Plan code, e.g. GH-GAJ-2026-5Y.");
        Field<NonNullGraphType<PlanKindGraphType>>("kind").Description("Five-year or annual.").Resolve(ctx => ctx.Source.Kind);
        Field(p => p.IsCityPlan).Description("True for the city's plan, kept by the informatization office.");
        Field<NonNullGraphType<DepartmentGraphType>>("department").Description("The department whose plan it is (the office for the city's).")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.DepartmentId));
        Field(p => p.StartYear).Description("First year covered.");
        Field<NonNullGraphType<IntGraphType>>("endYear").Description("Last year covered: four years on for a five-year plan, the same year for an annual one.").Resolve(ctx => ctx.Source.EndYear);
        Field(p => p.Title).Description("Title.");
        Field(p => p.Objectives).Description("The objectives the plan sets.");
        Field<NonNullGraphType<MoneyGraphType>>("budgetEnvelope").Description("The total the plan may spend; its items' planned budgets fit within it.").Resolve(ctx => ctx.Source.BudgetEnvelope);
        Field<NonNullGraphType<PlanStatusGraphType>>("status").Description("Where the plan is between draft and approval.").Resolve(ctx => ctx.Source.Status);
        Field(p => p.EndorsedBy, nullable: true).Description("The head who endorsed the current version.");
        Field(p => p.EndorsedAt, nullable: true).Description("When the head endorsed it.");
        Field(p => p.SubmittedAt, nullable: true).Description("When it was last submitted to the office.");
        Field(p => p.DecidedAt, nullable: true).Description("When the office last approved or returned it.");
        Field(p => p.OfficeComment, nullable: true).Description("The office's comments with its latest decision: what to change, when returned.");
        this.Connection<Plan, PlanItemGraphType>("items", "The planned items, by year and title.")
            .ResolveQuery(ctx => ctx.Loaders().Visible<PlanItem>().Where(i => i.PlanId == ctx.Source.Id).OrderBy(i => i.Year).ThenBy(i => i.Title));
        Field(p => p.Version).Description("Concurrency version; changes with every edit.");
        this.ReadableBy(Readers.Government);
    }
}

public sealed class PlanItemGraphType : ObjectGraphType<PlanItem>
{
    public PlanItemGraphType()
    {
        Name = "PlanItem";
        Description = "A planned project or undertaking of a plan; projects link to the item they deliver.";
        this.IsNode();
        Field<NonNullGraphType<PlanGraphType>>("plan").Description("The plan.").Resolve(ctx => ctx.Loaders().ById<Plan>(ctx.Source.PlanId));
        Field(i => i.Title).Description("Title.");
        Field(i => i.Description, nullable: true).Description("What is to be built or done.");
        Field<NonNullGraphType<MoneyGraphType>>("plannedBudget").Description("The budget planned for it.").Resolve(ctx => ctx.Source.PlannedBudget);
        Field(i => i.Year).Description("The year it is planned to start.");
        Field(i => i.ResponsiblePerson, nullable: true).Description("Who answers for the item (确定专人负责); null for items added before it was asked.");
        this.Connection<PlanItem, ProjectGraphType>("projects", "The projects that deliver it, by code.")
            .ResolveQuery(ctx => ctx.Loaders().Visible<Project>().Where(p => p.PlanItemId == ctx.Source.Id).OrderBy(p => p.Code));
        this.ReadableBy(Readers.Government);
    }
}

/// <summary>What <c>planGaps</c> answers: the plan and the projects, compared.</summary>
public sealed record PlanGaps(IQueryable<PlanItem> ItemsWithoutProject, IQueryable<Project> ProjectsWithoutPlanItem);

public sealed class PlanGapsGraphType : ObjectGraphType<PlanGaps>
{
    public PlanGapsGraphType()
    {
        Name = "PlanGaps";
        Description = "Where plans and projects disagree: planned items no project delivers, and projects under way that no plan foresaw.";
        this.Connection<PlanGaps, PlanItemGraphType>("itemsWithoutProject", "Items of approved plans that no project delivers, by year and title.")
            .ResolveQuery(ctx => ctx.Source.ItemsWithoutProject.OrderBy(i => i.Year).ThenBy(i => i.Title));
        this.Connection<PlanGaps, ProjectGraphType>("projectsWithoutPlanItem", "Projects past the draft, not stopped, that deliver no plan item, by code.")
            .ResolveQuery(ctx => ctx.Source.ProjectsWithoutPlanItem.OrderBy(p => p.Code));
        this.ReadableBy(Access.Inherited);
    }
}
