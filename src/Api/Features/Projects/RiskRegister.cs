using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

/// <summary>Each project's register of risks and issues, kept by the owning department; escalations go to the office.</summary>
public static class RiskRegister
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Connection<object?, ProjectRiskGraphType>("escalatedRisks", "Open risks departments escalated to the office, latest escalation first: the office's list of what it was asked to act on.")
            .ReadableBy(Readers.Office)
            .ResolveQuery(ctx => ctx.Loaders().Visible<ProjectRisk>().Where(r => r.EscalatedAt != null && r.Status == RiskStatus.Open)
                .OrderByDescending(r => r.EscalatedAt).ThenBy(r => r.Id));

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutation<ProjectRiskGraphType, RaiseRiskInputGraphType, RaiseRiskInput>("raiseRisk", ProjectReaders.ProjectApplicants,
            "Enters a risk or issue in the register of a project (approved, or under way): owner, likelihood and impact 1-5, mitigation.", "The risk.", RaiseAsync);
        mutation.Mutation<ProjectRiskGraphType, ReassessRiskInputGraphType, ReassessRiskInput>("reassessRisk", ProjectReaders.ProjectApplicants,
            "Reassesses an open risk: likelihood and impact, and its owner and mitigation where given.", "The risk, its version and the new assessment.", ReassessAsync);
        mutation.Mutation<ProjectRiskGraphType, RiskDecisionInputGraphType, RiskDecisionInput>("escalateRisk", ProjectReaders.ProjectApplicants,
            "Escalates an open risk the department cannot handle to the office, saying what it needs (once); it appears in the office's escalatedRisks until closed.", "The risk, its version and the reason.", EscalateAsync);
        mutation.Mutation<ProjectRiskGraphType, RiskDecisionInputGraphType, RiskDecisionInput>("closeRisk", ProjectReaders.ProjectApplicants,
            "Closes an open risk with a note: it did not happen, or was dealt with.", "The risk, its version and the note.", CloseAsync);
    }

    private static Task<Payload> RaiseAsync(IResolveFieldContext ctx, RaiseRiskInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.ProjectId, nameof(Project)), async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
            scope.RequireDepartment(project);
            var count = await scope.Db.ProjectRisks.CountAsync(r => r.ProjectId == project.Id, ct);
            var risk = ProjectRisk.Raise(project, count, input.Title, input.Owner, input.Likelihood, input.Impact, input.Mitigation, scope.Actor, scope.Now);
            scope.Db.ProjectRisks.Add(risk);
            return new MutationRunner.Change(risk, risk, $"{project.Code}: risk {risk.Number} '{risk.Title}' ({risk.Likelihood}x{risk.Impact}).");
        });

    private static Task<Payload> ReassessAsync(IResolveFieldContext ctx, ReassessRiskInput input) =>
        RunOnRisk(ctx, input.RiskId, input.Version, (risk, _, _) =>
        {
            risk.Reassess(input.Likelihood, input.Impact, input.Owner, input.Mitigation);
            return $"reassessed at {risk.Likelihood}x{risk.Impact}";
        });

    private static Task<Payload> EscalateAsync(IResolveFieldContext ctx, RiskDecisionInput input) =>
        RunOnRisk(ctx, input.RiskId, input.Version, (risk, project, scope) =>
        {
            risk.Escalate(project, input.Reason, scope.Now);
            return "escalated to the office";
        });

    private static Task<Payload> CloseAsync(IResolveFieldContext ctx, RiskDecisionInput input) =>
        RunOnRisk(ctx, input.RiskId, input.Version, (risk, _, scope) =>
        {
            risk.Close(input.Reason, scope.Now);
            return "closed";
        });

    /// <summary>Loads a risk of a project of the caller's department at the given version, applies one change to it, and describes it.</summary>
    private static Task<Payload> RunOnRisk(IResolveFieldContext ctx, string riskId, int version, Func<ProjectRisk, Project, MutationScope, string> change) =>
        ctx.Mutations().RunAsync(ctx, nameof(ProjectRisk), MutationContextExtensions.TargetId(riskId, nameof(ProjectRisk)), async (scope, ct) =>
        {
            var risk = await scope.FindAsync<ProjectRisk>(riskId, "riskId", ct);
            var project = await scope.Db.Projects.SingleAsync(p => p.Id == risk.ProjectId, ct);
            scope.RequireDepartment(project);
            scope.RequireVersion(risk, version);
            var what = change(risk, project, scope);
            return new MutationRunner.Change(risk, risk, $"{project.Code}: risk {risk.Number} {what}.");
        });
}
