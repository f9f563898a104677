using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Projects;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Planning;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Planning;

/// <summary>A plan's way up: the information manager drafts, the head endorses, the department submits,
/// the office approves or returns with comments; projects then link to the items they deliver.</summary>
public static class PlanMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<PlanGraphType, DraftPlanInputGraphType, DraftPlanInput>("draftPlan", PlanningReaders.PlanDrafters,
            "Starts a five-year or annual plan of the caller's department (the office's department keeps the city's plan).", "The draft plan.", DraftAsync);
        mutation.Mutation<PlanGraphType, RevisePlanInputGraphType, RevisePlanInput>("revisePlan", PlanningReaders.PlanDrafters,
            "Changes a draft or a returned plan; a returned plan becomes a draft again, for the head to endorse.", "The plan.", ReviseAsync);
        mutation.Mutation<PlanItemGraphType, AddPlanItemInputGraphType, AddPlanItemInput>("addPlanItem", PlanningReaders.PlanDrafters,
            "Adds a planned item to a draft or returned plan.", "The item.", AddItemAsync);
        mutation.Mutation<PlanGraphType, RemovePlanItemInputGraphType, RemovePlanItemInput>("removePlanItem", PlanningReaders.PlanDrafters,
            "Takes an item out of a draft or returned plan; an item a project delivers stays.", "The plan without the item.", RemoveItemAsync);
        mutation.Mutation<PlanGraphType, PlanStepInputGraphType, PlanStepInput>("endorsePlan", Readers.OwningLeader,
            "The head's approval of the department's draft plan: at least one item, planned budgets within the envelope.", "The endorsed plan.", EndorseAsync);
        mutation.Mutation<PlanGraphType, PlanStepInputGraphType, PlanStepInput>("submitPlan", PlanningReaders.PlanSubmitters,
            "Sends an endorsed plan up to the office.", "The submitted plan.", SubmitAsync);
        mutation.Mutation<PlanGraphType, DecidePlanInputGraphType, DecidePlanInput>("decidePlan", Readers.Office,
            "The office approves a submitted plan, or returns it with comments.", "The decided plan.", DecideAsync);
        mutation.Mutation<ProjectGraphType, LinkProjectToPlanItemInputGraphType, LinkProjectToPlanItemInput>("linkProjectToPlanItem", PlanningReaders.PlanLinkers,
            "Records which plan item a project delivers (an approved plan's item of its department or of the city's plan), or unlinks it.", "The project.", LinkAsync);
    }

    private static Task<Payload> DraftAsync(IResolveFieldContext ctx, DraftPlanInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Plan), null, async (scope, ct) =>
        {
            var department = await scope.DepartmentAsync(input.DepartmentCode, "departmentCode", ct);
            scope.RequireDepartment(department.Id);
            await scope.RequireNoneAsync(scope.Db.Plans.Where(p => p.DepartmentId == department.Id && p.Kind == input.Kind && p.StartYear == input.StartYear),
                UserError.Conflict, $"{department.Code} has a {input.Kind} plan from {input.StartYear} already; revise that one.", "startYear", ct);
            var code = $"GH-{department.Code}-{input.StartYear}-{(input.Kind == PlanKind.FiveYear ? "5Y" : "1Y")}";
            var plan = Plan.Draft(code, input.Kind, department.Id, department.Kind == DepartmentKind.CommitteeOffice, input.StartYear, input.Title, input.Objectives,
                input.BudgetEnvelope.ToMoney("budgetEnvelope"));
            scope.Db.Plans.Add(plan);
            return new MutationRunner.Change(plan, plan, $"Drafted {plan.Code} {plan.Title}.");
        });

    /// <summary>The plan, refused unless the caller acts for its department, at the version the caller edited.</summary>
    private static Task<Plan> PlanAsync(MutationScope scope, string id, int? version, string field, CancellationToken ct) =>
        PlanAsync(scope, MutationContextExtensions.IdOf(id, nameof(Plan), field), version, field, ct);

    private static async Task<Plan> PlanAsync(MutationScope scope, Guid id, int? version, string field, CancellationToken ct)
    {
        var plan = await scope.FindAsync<Plan>(id, field, ct);
        scope.RequireDepartment(plan);
        if (version is { } v) scope.RequireVersion(plan, v);
        return plan;
    }

    private static Task<Payload> ReviseAsync(IResolveFieldContext ctx, RevisePlanInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Plan), MutationContextExtensions.TargetId(input.Id, nameof(Plan)), async (scope, ct) =>
        {
            var plan = await PlanAsync(scope, input.Id, input.Version, "id", ct);
            plan.Revise(input.Title, input.Objectives, input.BudgetEnvelope?.ToMoney("budgetEnvelope"));
            return new MutationRunner.Change(plan, plan, $"Revised {plan.Code}.");
        });

    private static Task<Payload> AddItemAsync(IResolveFieldContext ctx, AddPlanItemInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(PlanItem), null, async (scope, ct) =>
        {
            var plan = await PlanAsync(scope, input.PlanId, null, "planId", ct);
            var item = plan.AddItem(input.Title, input.Description, input.PlannedBudget.ToMoney("plannedBudget"), input.Year, responsiblePerson: input.ResponsiblePerson);
            scope.Db.PlanItems.Add(item);
            return new MutationRunner.Change(item, item, $"Added to {plan.Code}: {item.Title} ({item.PlannedBudget}, {item.Year}).");
        });

    private static Task<Payload> RemoveItemAsync(IResolveFieldContext ctx, RemovePlanItemInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(PlanItem), MutationContextExtensions.TargetId(input.Id, nameof(PlanItem)), async (scope, ct) =>
        {
            var item = await scope.FindAsync<PlanItem>(input.Id, "id", ct);
            var plan = await PlanAsync(scope, item.PlanId, null, "id", ct);
            plan.RemoveItem(item, await scope.Db.Projects.AnyAsync(p => p.PlanItemId == item.Id, ct));
            scope.Db.PlanItems.Remove(item);
            return new MutationRunner.Change(plan, plan, $"Removed from {plan.Code}: {item.Title}.");
        });

    private static Task<Payload> EndorseAsync(IResolveFieldContext ctx, PlanStepInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Plan), MutationContextExtensions.TargetId(input.Id, nameof(Plan)), async (scope, ct) =>
        {
            var plan = await PlanAsync(scope, input.Id, input.Version, "id", ct);
            plan.Endorse(await scope.Db.PlanItems.Where(i => i.PlanId == plan.Id).ToListAsync(ct), scope.Actor, scope.Now);
            return new MutationRunner.Change(plan, plan, $"Endorsed {plan.Code}.");
        });

    private static Task<Payload> SubmitAsync(IResolveFieldContext ctx, PlanStepInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Plan), MutationContextExtensions.TargetId(input.Id, nameof(Plan)), async (scope, ct) =>
        {
            var plan = await PlanAsync(scope, input.Id, input.Version, "id", ct);
            plan.Submit(scope.Now);
            return new MutationRunner.Change(plan, plan, $"Submitted {plan.Code} to the office.");
        });

    private static Task<Payload> DecideAsync(IResolveFieldContext ctx, DecidePlanInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Plan), MutationContextExtensions.TargetId(input.Id, nameof(Plan)), async (scope, ct) =>
        {
            var plan = await PlanAsync(scope, input.Id, input.Version, "id", ct);
            plan.Decide(input.Approve, input.Comment, scope.Now);
            return new MutationRunner.Change(plan, plan, $"{(input.Approve ? "Approved" : "Returned")} {plan.Code}{(plan.OfficeComment is { } c ? ": " + c : ".")}");
        });

    private static Task<Payload> LinkAsync(IResolveFieldContext ctx, LinkProjectToPlanItemInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.ProjectId, nameof(Project)), async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
            scope.RequireDepartment(project);
            scope.RequireVersion(project, input.Version);
            var item = input.PlanItemId is { } id ? await scope.FindAsync<PlanItem>(id, "planItemId", ct) : null;
            var plan = item is null ? null : await scope.Db.Plans.SingleAsync(p => p.Id == item.PlanId, ct);
            project.DeliverPlanItem(item, plan);
            return new MutationRunner.Change(project, project, item is null ? $"{project.Code} delivers no plan item." : $"{project.Code} delivers {plan!.Code}: {item.Title}.");
        });
}
