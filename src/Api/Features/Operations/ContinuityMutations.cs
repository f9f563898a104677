using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Departments;
using InfoGov.Domain.Operations;

namespace InfoGov.Api.Features.Operations;

/// <summary>Keeping the security and continuity record of systems in operation: emergency plans and their drills,
/// security checks and risk assessments with their findings, and staff training.</summary>
public static class ContinuityMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<EmergencyPlanGraphType, AdoptEmergencyPlanInputGraphType, AdoptEmergencyPlanInput>("adoptEmergencyPlan", OperationsReaders.OperationsKeepers,
            "Records a system's approved emergency plan: in force for a year, to be drilled within the year.", "The plan.", AdoptAsync);
        mutation.Mutation<EmergencyPlanGraphType, ReviseEmergencyPlanInputGraphType, ReviseEmergencyPlanInput>("reviseEmergencyPlan", OperationsReaders.OperationsKeepers,
            "Records a plan revised and approved again; its year in force starts over.", "The plan, its version and the revision.", ReviseAsync);
        mutation.Mutation<EmergencyDrillGraphType, RecordEmergencyDrillInputGraphType, RecordEmergencyDrillInput>("recordEmergencyDrill", OperationsReaders.OperationsKeepers,
            "Records a drill of an emergency plan and how it went.", "The drill.", DrillAsync);
        mutation.Mutation<SecurityReviewGraphType, RecordSecurityReviewInputGraphType, RecordSecurityReviewInput>("recordSecurityReview", OperationsReaders.OperationsKeepers,
            "Records a security check or risk assessment of a system with its findings; each high-severity finding is announced (SECURITY_FINDING_RAISED).", "The review.", ReviewAsync);
        mutation.Mutation<SecurityFindingGraphType, ResolveSecurityFindingInputGraphType, ResolveSecurityFindingInput>("resolveSecurityFinding", OperationsReaders.OperationsKeepers,
            "Records what was done about a security finding; it is no longer open.", "The finding, its version and the resolution.", ResolveAsync);
        mutation.Mutation<TrainingRecordGraphType, RecordTrainingInputGraphType, RecordTrainingInput>("recordTraining", OperationsReaders.OperationsKeepers,
            "Records a training session a department held for its staff.", "The session.", TrainingAsync);
    }

    private static Task<Payload> AdoptAsync(IResolveFieldContext ctx, AdoptEmergencyPlanInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(EmergencyPlan), null, async (scope, ct) =>
        {
            var system = await OperationsMutations.SystemAsync(scope, input.SystemId, "systemId", ct);
            var plan = EmergencyPlan.Adopt(system.Id, input.Title, input.Scenarios, input.ApprovedOn, scope.Today);
            scope.Db.EmergencyPlans.Add(plan);
            return new MutationRunner.Change(plan, plan, $"Emergency plan '{plan.Title}' of {system.Code}, approved {plan.ApprovedOn:yyyy-MM-dd}.");
        });

    private static Task<Payload> ReviseAsync(IResolveFieldContext ctx, ReviseEmergencyPlanInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(EmergencyPlan), MutationContextExtensions.TargetId(input.Id, nameof(EmergencyPlan)), async (scope, ct) =>
        {
            var plan = await PlanAsync(scope, input.Id, "id", ct);
            scope.RequireVersion(plan, input.Version);
            plan.Revise(input.Title, input.Scenarios, input.ApprovedOn, scope.Today);
            return new MutationRunner.Change(plan, plan, $"Emergency plan '{plan.Title}' revised, approved {plan.ApprovedOn:yyyy-MM-dd}.");
        });

    private static Task<Payload> DrillAsync(IResolveFieldContext ctx, RecordEmergencyDrillInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(EmergencyDrill), null, async (scope, ct) =>
        {
            var plan = await PlanAsync(scope, input.PlanId, "planId", ct);
            var drill = plan.Drill(input.HeldOn, input.Scenario, input.Outcome, input.RecoveryMinutes, input.Findings, scope.Today);
            scope.Db.EmergencyDrills.Add(drill);
            return new MutationRunner.Change(drill, drill, $"Drill of '{plan.Title}' on {drill.HeldOn:yyyy-MM-dd}: {drill.Outcome}.");
        });

    private static Task<Payload> ReviewAsync(IResolveFieldContext ctx, RecordSecurityReviewInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(SecurityReview), null, async (scope, ct) =>
        {
            var system = await OperationsMutations.SystemAsync(scope, input.SystemId, "systemId", ct);
            var (review, findings) = SecurityReview.Record(system.Id, system.OwnerDepartmentId, input.Kind, input.PerformedOn, input.PerformedBy, input.Summary,
                (input.Findings ?? []).Select(f => (f.Description, f.Severity, f.Remedy, f.DueOn)).ToList(), scope.Now, scope.Today);
            scope.Db.SecurityReviews.Add(review);
            scope.Db.SecurityFindings.AddRange(findings);
            return new MutationRunner.Change(review, review, $"{review.Kind} of {system.Code} on {review.PerformedOn:yyyy-MM-dd}: {findings.Count} findings.");
        });

    private static Task<Payload> ResolveAsync(IResolveFieldContext ctx, ResolveSecurityFindingInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(SecurityFinding), MutationContextExtensions.TargetId(input.Id, nameof(SecurityFinding)), async (scope, ct) =>
        {
            var finding = await scope.FindAsync<SecurityFinding>(input.Id, "id", ct);
            await OperationsMutations.RequireKeeperAsync(scope, finding.SystemId, ct);
            scope.RequireVersion(finding, input.Version);
            finding.Resolve(input.ResolvedOn, input.Resolution, scope.Today);
            return new MutationRunner.Change(finding, finding, $"Security finding {finding.Number} resolved on {finding.ResolvedOn:yyyy-MM-dd}.");
        });

    private static Task<Payload> TrainingAsync(IResolveFieldContext ctx, RecordTrainingInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(TrainingRecord), null, async (scope, ct) =>
        {
            var department = await scope.DepartmentAsync(input.DepartmentCode, "departmentCode", ct);
            scope.RequireDepartment(department.Id);
            var system = input.SystemId is { } id ? await scope.FindAsync<InformationSystem>(id, "systemId", ct) : null;
            var record = TrainingRecord.Record(department.Id, system?.Id, input.HeldOn, input.Topic, input.Hours, input.Attendees, scope.Today);
            scope.Db.TrainingRecords.Add(record);
            return new MutationRunner.Change(record, record, $"Training '{record.Topic}' of {department.Code} on {record.HeldOn:yyyy-MM-dd}: {record.Attendees} staff, {record.Hours} h.");
        });

    /// <summary>The plan behind a global id, of a system the caller may keep.</summary>
    private static async Task<EmergencyPlan> PlanAsync(MutationScope scope, string id, string field, CancellationToken ct)
    {
        var plan = await scope.FindAsync<EmergencyPlan>(id, field, ct);
        await OperationsMutations.RequireKeeperAsync(scope, plan.SystemId, ct);
        return plan;
    }
}
