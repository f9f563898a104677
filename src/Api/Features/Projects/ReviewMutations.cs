using System.Security.Cryptography;
using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

/// <summary>Expert review and decision: draw the panel, record opinions, conclude, the leader's
/// approval of major projects, and the office's decision.</summary>
public static class ReviewMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ProjectGraphType, DrawReviewPanelInputGraphType, DrawReviewPanelInput>("drawReviewPanel", Readers.Office,
            "Draws the expert panel of a submitted application at random from the pool and starts the review. The server chooses the seed; the seed, the candidates and the panel are recorded, and published to government users once the review closes.",
            "The project, the category and the meeting date.", DrawAsync);
        mutation.Mutation<ReviewPanelGraphType, RecordExpertOpinionInputGraphType, RecordExpertOpinionInput>("recordExpertOpinion", ProjectReaders.PanelExperts,
            "Records the calling expert's opinion; only members of the panel may, once each, while the review is open.",
            "The panel and the opinion.", OpinionAsync);
        mutation.Mutation<ExpertGraphType, DeclareExpertConflictInputGraphType, DeclareExpertConflictInput>("declareExpertConflict", ProjectReaders.PanelExperts,
            "Declares the calling expert's conflict of interest with a department; the expert is never drawn for its projects.",
            "The department and the reason.", ConflictAsync);
        mutation.Mutation<ReviewPanelGraphType, ConcludeReviewInputGraphType, ConcludeReviewInput>("concludeReview", Readers.Office,
            "Records the panel's conclusion and closes the review once every seated expert gave an opinion (or, with at least three, the office records why not); panel composition becomes readable to government users.",
            "The panel, its version and the conclusion.", ConcludeAsync);
        mutation.Mutation<ProjectGraphType, ProjectVersionInputGraphType, ProjectVersionInput>("recordLeaderApproval", Readers.OwningLeader,
            "The owning department leader's approval of a submitted application; a major project needs it before the office approves.",
            "The project and its version.", LeaderApprovalAsync);
        mutation.Mutation<ProjectGraphType, DecideProjectInputGraphType, DecideProjectInput>("decideProject", Readers.Office,
            "The office's decision on a reviewed application: approve (fixes the baseline; needs a concluded review), reject or return for revision (with a reason).",
            "The project, its version and the decision.", DecideAsync);
    }

    private static Task<Payload> DrawAsync(IResolveFieldContext ctx, DrawReviewPanelInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.ProjectId, nameof(Project)), async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
            scope.RequireVersion(project, input.Version);
            if (input.Seed is not null)
                throw new MutationRefusal(new UserError(UserError.Validation, "The server chooses the seed of a draw; omit 'seed'.", "seed"));
            var conflicted = (await scope.Db.ExpertConflicts.Where(c => c.DepartmentId == project.OwnerDepartmentId).Select(c => c.ExpertId).ToListAsync(ct)).ToHashSet();
            var pool = await scope.Db.Experts.AsNoTracking().ToListAsync(ct);
            // Chosen here, after the candidates are fixed and never by the caller: a caller who picked the
            // seed could search for one that gives the panel it wants.
            var seed = RandomNumberGenerator.GetInt32(int.MaxValue);
            var (decision, panel, seats) = project.DrawReviewPanel(scope.Actor, scope.Now, scope.Today, input.MeetingOn, pool, conflicted, input.Category, input.Size ?? 5, seed);
            scope.Db.ProjectDecisions.Add(decision);
            scope.Db.ReviewPanels.Add(panel);
            scope.Db.PanelMembers.AddRange(seats);
            return new MutationRunner.Change(project, project,
                $"Drew a panel of {seats.Count} from the '{panel.DrawCategory}' candidates with seed {seed} for {project.Code}.");
        });

    private static Task<Payload> OpinionAsync(IResolveFieldContext ctx, RecordExpertOpinionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(ReviewPanel), MutationContextExtensions.TargetId(input.PanelId, nameof(ReviewPanel)), async (scope, ct) =>
        {
            var panel = await scope.FindAsync<ReviewPanel>(input.PanelId, "panelId", ct);
            var account = Guid.TryParse(scope.Caller.ObjectId, out var oid) ? oid : Guid.Empty;
            var expert = await scope.Db.Experts.SingleOrDefaultAsync(e => e.AccountObjectId == account, ct);
            var seated = expert is not null && await scope.Db.PanelMembers.AnyAsync(m => m.PanelId == panel.Id && m.ExpertId == expert.Id, ct);
            var given = expert is not null && await scope.Db.ExpertOpinions.AnyAsync(o => o.PanelId == panel.Id && o.ExpertId == expert.Id, ct);
            scope.Db.ExpertOpinions.Add(panel.RecordOpinion(expert, seated, given, input.Recommendation, input.Opinion, scope.Now));
            return new MutationRunner.Change(panel, panel, $"Expert {expert!.Code} recommended {input.Recommendation}.");
        });

    private static Task<Payload> ConflictAsync(IResolveFieldContext ctx, DeclareExpertConflictInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Expert), null, async (scope, ct) =>
        {
            var account = Guid.TryParse(scope.Caller.ObjectId, out var oid) ? oid : Guid.Empty;
            var expert = await scope.Db.Experts.SingleOrDefaultAsync(e => e.AccountObjectId == account, ct)
                ?? throw new MutationRefusal(new UserError(UserError.NotPermitted, "Only a member of the expert pool declares a conflict."));
            var department = await scope.DepartmentAsync(input.DepartmentCode, "departmentCode", ct);
            var declared = await scope.Db.ExpertConflicts.AnyAsync(c => c.ExpertId == expert.Id && c.DepartmentId == department.Id, ct);
            scope.Db.ExpertConflicts.Add(expert.DeclareConflict(department.Id, input.Reason, declared, scope.Today));
            return new MutationRunner.Change(expert, expert, $"Expert {expert.Code} declared a conflict with {department.Code}.");
        });

    private static Task<Payload> ConcludeAsync(IResolveFieldContext ctx, ConcludeReviewInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(ReviewPanel), MutationContextExtensions.TargetId(input.PanelId, nameof(ReviewPanel)), async (scope, ct) =>
        {
            var panel = await scope.FindAsync<ReviewPanel>(input.PanelId, "panelId", ct);
            scope.RequireVersion(panel, input.Version);
            var seated = await scope.Db.PanelMembers.CountAsync(m => m.PanelId == panel.Id, ct);
            var recommendations = await scope.Db.ExpertOpinions.Where(o => o.PanelId == panel.Id).Select(o => o.Recommendation).ToListAsync(ct);
            panel.Conclude(input.Conclusion, input.Summary, scope.Now, seated, recommendations, input.MissingOpinionsReason, input.ContraryReason);
            return new MutationRunner.Change(panel, panel, $"Review concluded: {input.Conclusion}.");
        });

    private static Task<Payload> LeaderApprovalAsync(IResolveFieldContext ctx, ProjectVersionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.Id, nameof(Project)), async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.Id, "id", ct);
            scope.RequireDepartment(project);
            scope.RequireVersion(project, input.Version);
            scope.Db.ProjectDecisions.Add(project.RecordLeaderApproval(scope.Actor, scope.Now));
            return new MutationRunner.Change(project, project, $"The department leader approved {project.Code}.");
        });

    private static Task<Payload> DecideAsync(IResolveFieldContext ctx, DecideProjectInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.ProjectId, nameof(Project)), async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
            scope.RequireVersion(project, input.Version);
            var reason = input.Reason?.Trim();
            var review = await scope.Db.ReviewPanels.Where(p => p.ProjectId == project.Id && p.ConcludedAt != null)
                .OrderByDescending(p => p.MeetingOn).FirstOrDefaultAsync(ct);
            ProjectDecision decision;
            if (input.Decision == ProjectDecisionKind.Approve)
            {
                (decision, var milestones) = project.ApproveReviewed(scope.Actor, scope.Now, review,
                    (input.Milestones ?? []).Select(m => (m.Name, m.DueOn)).ToList(), reason);
                scope.Db.Milestones.AddRange(milestones);
            }
            else decision = project.RejectOrReturn(input.Decision == ProjectDecisionKind.Reject, scope.Actor, scope.Now, reason,
                review is not null && project.Status == ProjectStatus.UnderReview ? review : null);
            scope.Db.ProjectDecisions.Add(decision);
            return new MutationRunner.Change(project, project, $"{input.Decision} {project.Code}{(reason is null ? "" : ": " + reason)}.");
        });

}
