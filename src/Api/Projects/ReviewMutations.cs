using System.Security.Cryptography;
using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common;
using InfoGov.Api.Common.Mutations;
using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Projects;

/// <summary>Expert review and decision: draw the panel, record opinions, conclude, the leader's
/// approval of major projects, and the office's decision.</summary>
public static class ReviewMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ProjectGraphType, DrawReviewPanelInputGraphType, DrawReviewPanelInput>("drawReviewPanel", Readers.Office,
            "Draws the expert panel of a submitted application at random from the pool and starts the review. The server chooses the seed; the seed, the candidates and the panel are recorded, and published to government users once the review closes.",
            "The project, the category and the meeting date.", DrawAsync);
        mutation.Mutation<ReviewPanelGraphType, RecordExpertOpinionInputGraphType, RecordExpertOpinionInput>("recordExpertOpinion", Readers.PanelExperts,
            "Records the calling expert's opinion; only members of the panel may, once each, while the review is open.",
            "The panel and the opinion.", OpinionAsync);
        mutation.Mutation<ExpertGraphType, DeclareExpertConflictInputGraphType, DeclareExpertConflictInput>("declareExpertConflict", Readers.PanelExperts,
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
            if (project.ReviewDueOn is { } due && input.MeetingOn > due)
                throw new MutationRefusal(new UserError(UserError.Validation, $"The review must meet by {due:yyyy-MM-dd}, 15 working days after submission.", "meetingOn"));
            if (input.MeetingOn < scope.Today)
                throw new MutationRefusal(new UserError(UserError.Validation, "The meeting cannot be in the past.", "meetingOn"));
            var conflicted = (await scope.Db.ExpertConflicts.Where(c => c.DepartmentId == project.OwnerDepartmentId).Select(c => c.ExpertId).ToListAsync(ct)).ToHashSet();
            var pool = await scope.Db.Experts.AsNoTracking().ToListAsync(ct);
            if (input.Seed is not null)
                throw new MutationRefusal(new UserError(UserError.Validation, "The server chooses the seed of a draw; omit 'seed'.", "seed"));
            // Chosen here, after the candidates are fixed and never by the caller: a caller who picked the
            // seed could search for one that gives the panel it wants.
            var seed = RandomNumberGenerator.GetInt32(int.MaxValue);
            var draw = ExpertDraw.Draw(pool, project, conflicted, input.Category.Trim(), input.Size ?? 5, seed);

            scope.Db.ProjectDecisions.Add(project.MoveTo(ProjectStatus.UnderReview, scope.Actor, scope.Now, $"Panel drawn from '{input.Category}' with seed {seed}."));
            var panel = new ReviewPanel
            {
                ProjectId = project.Id,
                MeetingOn = input.MeetingOn,
                DrawSeed = seed,
                DrawCategory = input.Category.Trim(),
                DrawCandidates = string.Join(",", draw.Candidates.Select(e => e.Code)),
            };
            scope.Db.ReviewPanels.Add(panel);
            scope.Db.PanelMembers.AddRange(draw.Panel.Select((e, i) => new PanelMember { PanelId = panel.Id, ExpertId = e.Id, IsChair = i == 0 }));
            return new MutationRunner.Change(project, project,
                $"Drew a panel of {draw.Panel.Count} from {draw.Candidates.Count} '{panel.DrawCategory}' candidates with seed {seed} for {project.Code}.");
        });

    private static Task<Payload> OpinionAsync(IResolveFieldContext ctx, RecordExpertOpinionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(ReviewPanel), MutationContextExtensions.TargetId(input.PanelId, nameof(ReviewPanel)), async (scope, ct) =>
        {
            var panel = await scope.FindAsync<ReviewPanel>(input.PanelId, "panelId", ct);
            var account = Guid.TryParse(scope.Caller.ObjectId, out var oid) ? oid : Guid.Empty;
            var expert = await scope.Db.Experts.SingleOrDefaultAsync(e => e.AccountObjectId == account, ct);
            if (expert is null || !await scope.Db.PanelMembers.AnyAsync(m => m.PanelId == panel.Id && m.ExpertId == expert.Id, ct))
                throw new MutationRefusal(new UserError(UserError.NotPermitted, "Only a member of this panel records an opinion on it."));
            if (panel.IsClosed)
                throw new MutationRefusal(new UserError(UserError.InvalidTransition, "The review is concluded; opinions can no longer be recorded."));
            if (await scope.Db.ExpertOpinions.AnyAsync(o => o.PanelId == panel.Id && o.ExpertId == expert.Id, ct))
                throw new MutationRefusal(new UserError(UserError.Validation, "You have already recorded your opinion on this panel."));
            if (string.IsNullOrWhiteSpace(input.Opinion))
                throw new MutationRefusal(new UserError(UserError.Validation, "Write the opinion.", "opinion"));
            scope.Db.ExpertOpinions.Add(new ExpertOpinion
            {
                PanelId = panel.Id,
                ExpertId = expert.Id,
                Recommendation = input.Recommendation,
                Opinion = input.Opinion.Trim(),
                SubmittedAt = scope.Now,
            });
            return new MutationRunner.Change(panel, panel, $"Expert {expert.Code} recommended {input.Recommendation}.");
        });

    private static Task<Payload> ConflictAsync(IResolveFieldContext ctx, DeclareExpertConflictInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Expert), null, async (scope, ct) =>
        {
            var account = Guid.TryParse(scope.Caller.ObjectId, out var oid) ? oid : Guid.Empty;
            var expert = await scope.Db.Experts.SingleOrDefaultAsync(e => e.AccountObjectId == account, ct)
                ?? throw new MutationRefusal(new UserError(UserError.NotPermitted, "Only a member of the expert pool declares a conflict."));
            var department = await scope.Db.Departments.SingleOrDefaultAsync(d => d.Code == input.DepartmentCode, ct)
                ?? throw new MutationRefusal(new UserError(UserError.NotFound, $"No department has the code '{input.DepartmentCode}'.", "departmentCode"));
            if (string.IsNullOrWhiteSpace(input.Reason))
                throw new MutationRefusal(new UserError(UserError.Validation, "State the nature of the conflict.", "reason"));
            if (await scope.Db.ExpertConflicts.AnyAsync(c => c.ExpertId == expert.Id && c.DepartmentId == department.Id, ct))
                throw new MutationRefusal(new UserError(UserError.Validation, "This conflict is already declared.", "departmentCode"));
            scope.Db.ExpertConflicts.Add(new ExpertConflict { ExpertId = expert.Id, DepartmentId = department.Id, Reason = input.Reason.Trim(), DeclaredOn = scope.Today });
            return new MutationRunner.Change(expert, expert, $"Expert {expert.Code} declared a conflict with {department.Code}.");
        });

    private static Task<Payload> ConcludeAsync(IResolveFieldContext ctx, ConcludeReviewInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(ReviewPanel), MutationContextExtensions.TargetId(input.PanelId, nameof(ReviewPanel)), async (scope, ct) =>
        {
            var panel = await scope.FindAsync<ReviewPanel>(input.PanelId, "panelId", ct);
            scope.RequireVersion(panel, input.Version);
            var seated = await scope.Db.PanelMembers.CountAsync(m => m.PanelId == panel.Id, ct);
            var opinions = await scope.Db.ExpertOpinions.CountAsync(o => o.PanelId == panel.Id, ct);
            panel.Conclude(input.Conclusion, input.Summary, scope.Now, seated, opinions, input.MissingOpinionsReason);
            return new MutationRunner.Change(panel, panel, $"Review concluded: {input.Conclusion}.");
        });

    private static Task<Payload> LeaderApprovalAsync(IResolveFieldContext ctx, ProjectVersionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.Id, nameof(Project)), async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.Id, "id", ct);
            scope.RequireDepartment(project.OwnerDepartmentId);
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
            if (input.Decision != ProjectDecisionKind.Approve && string.IsNullOrEmpty(reason))
                throw new MutationRefusal(new UserError(UserError.Validation, "Give the reason for rejecting or returning the application.", "reason"));
            ProjectDecision decision;
            if (input.Decision == ProjectDecisionKind.Approve)
            {
                var reviewed = await scope.Db.ReviewPanels.AnyAsync(p => p.ProjectId == project.Id && p.ConcludedAt != null, ct);
                if (!reviewed)
                    throw new MutationRefusal(new UserError(UserError.InvalidTransition, "Conclude the expert review before approving."));
                decision = project.Approve(scope.Actor, scope.Now, reason);
                foreach (var (milestone, index) in (input.Milestones ?? []).Select((m, i) => (m, i)))
                {
                    if (string.IsNullOrWhiteSpace(milestone.Name) || milestone.DueOn < project.Baseline!.StartOn || milestone.DueOn > project.Baseline.DueOn)
                        throw new MutationRefusal(new UserError(UserError.Validation,
                            $"Milestone {index + 1} needs a name and a date between {project.Baseline!.StartOn:yyyy-MM-dd} and {project.Baseline.DueOn:yyyy-MM-dd}.", $"milestones[{index}]"));
                    scope.Db.Milestones.Add(new Milestone { ProjectId = project.Id, Name = milestone.Name.Trim(), DueOn = milestone.DueOn });
                }
            }
            else
            {
                decision = project.MoveTo(input.Decision == ProjectDecisionKind.Reject ? ProjectStatus.Rejected : ProjectStatus.ReturnedForRevision,
                    scope.Actor, scope.Now, reason);
            }
            scope.Db.ProjectDecisions.Add(decision);
            return new MutationRunner.Change(project, project, $"{input.Decision} {project.Code}{(reason is null ? "" : ": " + reason)}.");
        });

}
