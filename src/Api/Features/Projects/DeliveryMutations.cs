using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Common;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Operations;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

/// <summary>Delivery: implementation plan, tenders, contracts, monthly progress, change requests,
/// acceptance and post-evaluation.</summary>
public static class DeliveryMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ProjectGraphType, FileImplementationPlanInputGraphType, FileImplementationPlanInput>("fileImplementationPlan", ProjectReaders.ProjectApplicants,
            "Files the implementation plan of an approved project with the office for review (one waits at a time); implementation starts when the office accepts it (reviewImplementationPlan). A returned plan is revised by filing again.", "What to record.", FilePlanAsync);
        mutation.Mutation<ProjectGraphType, ReviewImplementationPlanInputGraphType, ReviewImplementationPlanInput>("reviewImplementationPlan", Readers.Office,
            "The office reviews a filed implementation plan: accepted (filed for the record), the project's implementation starts; returned with comments, the department files a revised plan.",
            "The plan, its version, the decision and the comments.", ReviewPlanAsync);
        mutation.Mutation<ProjectGraphType, RecordTenderInputGraphType, RecordTenderInput>("recordTender", ProjectReaders.ProjectApplicants,
            "Records a procurement round of a project under way.", "What to record.", TenderAsync);
        mutation.Mutation<ProjectGraphType, SignContractInputGraphType, SignContractInput>("signContract", ProjectReaders.ContractSigners,
            "Records a contract, signed by the owning department's leader or by its information manager holding a valid contract-signing delegation.", "What to record.", ContractAsync);
        mutation.Mutation<ProjectGraphType, SubmitProgressReportInputGraphType, SubmitProgressReportInput>("submitProgressReport", ProjectReaders.ProjectApplicants,
            "Submits the monthly progress report: one per project per month; a decrease in progress needs an explanation.", "What to record.", ProgressAsync);
        mutation.Mutation<MilestoneGraphType, CompleteMilestoneInputGraphType, CompleteMilestoneInput>("completeMilestone", ProjectReaders.ProjectApplicants,
            "Records a milestone of a project under way reached, with the day and its evidence; a late one moves the project's schedule variance (and may change its colour).",
            "The milestone, its version, the day and the evidence.", CompleteMilestoneAsync);
        mutation.Mutation<ProjectGraphType, RequestChangeInputGraphType, RequestChangeInput>("requestChange", ProjectReaders.ProjectApplicants,
            "Requests a change of scope, budget or dates, with a reason; the baseline stays until the office approves.", "What to record.", RequestChangeAsync);
        mutation.Mutation<ProjectGraphType, DecideChangeInputGraphType, DecideChangeInput>("decideChange", Readers.Office,
            "Approves a change request (the project is re-baselined) or refuses it (the baseline stays).", "What to record.", DecideChangeAsync);
        mutation.Mutation<ProjectGraphType, RequestAcceptanceInputGraphType, RequestAcceptanceInput>("requestAcceptance", ProjectReaders.ProjectApplicants,
            "Asks the office for acceptance of a completed project: its latest progress report says 100%, or the office records why it accepts an incomplete one.",
            "The project, its version and, for the office, the reason for an exception.", RequestAcceptanceAsync);
        mutation.Mutation<ProjectGraphType, ConveneAcceptanceInputGraphType, ConveneAcceptanceInput>("conveneAcceptance", Readers.Office,
            "Convenes the acceptance of a project that asked for it, with at least three experts (none of the owning department or with a declared conflict with it); each then records their own verdict (recordAcceptanceOpinion).",
            "The project, the day and the experts.", ConveneAcceptanceAsync);
        mutation.Mutation<AcceptanceGraphType, RecordAcceptanceOpinionInputGraphType, RecordAcceptanceOpinionInput>("recordAcceptanceOpinion", ProjectReaders.PanelExperts,
            "Records the calling expert's own verdict at an open acceptance; only the experts seated on it may, once each.", "The acceptance and the verdict.", AcceptanceOpinionAsync);
        mutation.Mutation<ProjectGraphType, RecordAcceptanceInputGraphType, RecordAcceptanceInput>("recordAcceptance", Readers.Office,
            "Concludes the project's open acceptance once held and every seated expert recorded a verdict. The result follows the majority of the verdicts (a tie fails): passed, passed with conditions, or failed (back to implementation).", "What to record.", AcceptanceAsync);
        mutation.Mutation<ProjectGraphType, RecordPostEvaluationInputGraphType, RecordPostEvaluationInput>("recordPostEvaluation", Readers.Office,
            "Records the post-evaluation of an accepted system after its stable-operation period (Projects:StableOperationMonths, 6 by default).", "What to record.", PostEvaluationAsync);
    }

    private static Task<Payload> FilePlanAsync(IResolveFieldContext ctx, FileImplementationPlanInput input) =>
        Run(ctx, input.ProjectId, async (scope, ct) =>
        {
            var project = await OwnedAsync(scope, input.ProjectId, input.Version, ct);
            var filed = await scope.Db.ImplementationPlans.Where(p => p.ProjectId == project.Id).Select(p => p.Status).ToListAsync(ct);
            var plan = project.FileImplementationPlan(scope.Today, input.Tasks, input.SystemDesign, input.EquipmentSelection, input.Schedule,
                filed.Count, filed.Contains(PlanReviewStatus.Filed));
            scope.Db.ImplementationPlans.Add(plan);
            return new MutationRunner.Change(project, project, $"Filed implementation plan {plan.Number} of {project.Code} with the office.");
        });

    private static Task<Payload> ReviewPlanAsync(IResolveFieldContext ctx, ReviewImplementationPlanInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(ImplementationPlan), MutationContextExtensions.TargetId(input.PlanId, nameof(ImplementationPlan)), async (scope, ct) =>
        {
            var plan = await scope.FindAsync<ImplementationPlan>(input.PlanId, "planId", ct);
            scope.RequireVersion(plan, input.Version);
            var project = await scope.Db.Projects.SingleAsync(p => p.Id == plan.ProjectId, ct);
            if (project.ReviewImplementationPlan(plan, input.Accept, input.Comments, scope.Actor, scope.Now, scope.Today) is { } started)
                scope.Db.ProjectDecisions.Add(started);
            return new MutationRunner.Change(project, plan,
                input.Accept ? $"Accepted implementation plan {plan.Number} of {project.Code}; implementation started." : $"Returned implementation plan {plan.Number} of {project.Code}: {plan.ReviewComments}");
        });

    private static Task<Payload> TenderAsync(IResolveFieldContext ctx, RecordTenderInput input) =>
        Run(ctx, input.ProjectId, async (scope, ct) =>
        {
            var project = await OwnedAsync(scope, input.ProjectId, null, ct);
            RefuseFreeTextVendor(input.WinningVendor, "winningVendor", "winningVendorId");
            var winner = input.WinningVendorId is null ? null : await scope.FindAsync<Vendor>(input.WinningVendorId, "winningVendorId", ct);
            scope.Db.Tenders.Add(project.RecordTender(input.Title, input.Method, input.PublishedOn, input.AwardedOn, winner, input.BidCount));
            return new MutationRunner.Change(project, project, $"Recorded tender '{input.Title.Trim()}' of {project.Code}.");
        });

    private static Task<Payload> ContractAsync(IResolveFieldContext ctx, SignContractInput input) =>
        Run(ctx, input.ProjectId, async (scope, ct) =>
        {
            var project = await OwnedAsync(scope, input.ProjectId, null, ct);
            var amount = input.Amount.ToMoney("amount");
            var contracted = Money.Sum(await scope.Db.Contracts.Where(c => c.ProjectId == project.Id).Select(c => c.Amount).ToListAsync(ct), amount.Currency);
            RefuseFreeTextVendor(input.Vendor, "vendor", "vendorId");
            if (input.VendorId is null)
                throw new MutationRefusal(new UserError(UserError.Validation, "Name the vendor from the register (vendorId); the office registers firms with registerVendor.", "vendorId"));
            var vendor = await scope.FindAsync<Vendor>(input.VendorId, "vendorId", ct);
            var tender = input.TenderId is null ? null : await scope.FindAsync<Tender>(input.TenderId, "tenderId", ct);
            var exemption = input.ExemptionId is null ? null : await scope.FindAsync<TenderExemption>(input.ExemptionId, "exemptionId", ct);
            if (tender is not null && tender.ProjectId != project.Id)
                throw new MutationRefusal(new UserError(UserError.NotFound, "No tender of this project has this id.", "tenderId"));
            if (exemption is not null && exemption.ProjectId != project.Id)
                throw new MutationRefusal(new UserError(UserError.NotFound, "No tender exemption of this project has this id.", "exemptionId"));
            var (signer, delegation) = await SignerAsync(scope, project, amount, ct);
            await scope.RequireNoneAsync(scope.Db.Contracts.Where(c => c.Number == input.Number.Trim()), UserError.Validation, "Another contract has this number.", "number", ct);
            scope.Db.Contracts.Add(project.SignContract(input.Number, vendor, amount, input.SignedOn, contracted, signer.Id, delegation?.Id, tender, exemption));
            return new MutationRunner.Change(project, project,
                $"Contract {input.Number.Trim()} with {vendor.Name} for {amount} signed by {signer.Name}{(delegation is null ? "" : " under delegation")}{(exemption is null ? "" : " under a tender exemption")}.");
        });

    /// <summary>The free-text vendor fields are kept in the schema (deprecated) so that old clients get a coded answer, not a validation error.</summary>
    private static void RefuseFreeTextVendor(string? text, string field, string instead)
    {
        if (text is not null)
            throw new MutationRefusal(new UserError(UserError.Validation, $"Vendors are named from the register now: give {instead} instead of {field}.", field));
    }

    /// <summary>The caller as an official of the owning department, and under which delegation it may sign (ContractSigning decides).</summary>
    private static async Task<(Official Signer, Delegation? Delegation)> SignerAsync(MutationScope scope, Project project, Money amount, CancellationToken ct)
    {
        var account = Guid.TryParse(scope.Caller.ObjectId, out var oid) ? oid : Guid.Empty;
        var official = await scope.Db.Officials.SingleOrDefaultAsync(o => o.AccountObjectId == account && o.DepartmentId == project.OwnerDepartmentId, ct);
        var delegations = official is null || official.IsHead ? [] : await (from d in scope.Db.Delegations
                                                                            join a in scope.Db.ResponsibilityAssignments on d.AssignmentId equals a.Id
                                                                            where d.DelegateId == official.Id && a.DepartmentId == project.OwnerDepartmentId && a.Kind == ResponsibilityKind.DecideMajorProjects
                                                                            select d).ToListAsync(ct);
        var delegation = ContractSigning.Authority(official, delegations, project.Id, amount, scope.Today);
        return (official!, delegation);
    }

    private static Task<Payload> ProgressAsync(IResolveFieldContext ctx, SubmitProgressReportInput input) =>
        Run(ctx, input.ProjectId, async (scope, ct) =>
        {
            var project = await OwnedAsync(scope, input.ProjectId, null, ct);
            if (input.Risks is not null)
                throw new MutationRefusal(new UserError(UserError.Validation, "Risks are kept in the project's register now: enter them with raiseRisk.", "risks"));
            // One read answers both questions: this month's report (if any) and the one before it.
            var latest = await scope.Db.ProgressReports.Where(r => r.ProjectId == project.Id && r.Month <= input.Month)
                .OrderByDescending(r => r.Month).Take(2).ToListAsync(ct);
            var reported = latest.Count > 0 && latest[0].Month == input.Month;
            var previous = latest.FirstOrDefault(r => r.Month < input.Month);
            var spend = input.SpendToDate.ToMoney("spendToDate");
            ProgressReportRules.Check(project, input.Month, input.ProgressPercent, spend, input.Explanation, previous, reported, scope.Today);
            scope.Db.ProgressReports.Add(ProgressReport.File(project, input.Month, input.ProgressPercent, spend, input.Issues, input.Risks, input.Explanation, scope.Now));
            return new MutationRunner.Change(project, project, $"{project.Code} {input.Month:yyyy-MM}: {input.ProgressPercent}%, spent {spend}.");
        });

    private static Task<Payload> CompleteMilestoneAsync(IResolveFieldContext ctx, CompleteMilestoneInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Milestone), MutationContextExtensions.TargetId(input.MilestoneId, nameof(Milestone)), async (scope, ct) =>
        {
            var milestone = await scope.FindAsync<Milestone>(input.MilestoneId, "milestoneId", ct);
            var project = await scope.Db.Projects.SingleAsync(p => p.Id == milestone.ProjectId, ct);
            scope.RequireDepartment(project);
            scope.RequireVersion(milestone, input.Version);
            milestone.Complete(project, input.CompletedOn, input.Evidence, scope.Today);
            var late = milestone.DaysLate(scope.Today);
            return new MutationRunner.Change(milestone, milestone,
                $"{project.Code}: milestone '{milestone.Name}' reached on {input.CompletedOn:yyyy-MM-dd}{(late > 0 ? $", {late} days late" : "")}.");
        });

    private static Task<Payload> RequestChangeAsync(IResolveFieldContext ctx, RequestChangeInput input) =>
        Run(ctx, input.ProjectId, async (scope, ct) =>
        {
            var project = await OwnedAsync(scope, input.ProjectId, null, ct);
            var pending = await scope.Db.ChangeRequests.AnyAsync(c => c.ProjectId == project.Id && c.Status == ChangeRequestStatus.Pending, ct);
            scope.Db.ChangeRequests.Add(project.RequestChange(input.Kind, input.Reason, input.Scope, input.Budget?.ToMoney("budget"), input.StartOn, input.DueOn, pending, scope.Now));
            return new MutationRunner.Change(project, project, $"Requested a {input.Kind} change of {project.Code}: {input.Reason.Trim()}");
        });

    private static Task<Payload> DecideChangeAsync(IResolveFieldContext ctx, DecideChangeInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(ChangeRequest), MutationContextExtensions.TargetId(input.ChangeRequestId, nameof(ChangeRequest)), async (scope, ct) =>
        {
            var change = await scope.FindAsync<ChangeRequest>(input.ChangeRequestId, "changeRequestId", ct);
            scope.RequireVersion(change, input.Version);
            var project = await scope.Db.Projects.SingleAsync(p => p.Id == change.ProjectId, ct);
            change.Decide(project, input.Approve, scope.Actor, scope.Now, input.Note);
            return new MutationRunner.Change(project, change, $"{(input.Approve ? "Approved" : "Refused")} the {change.Kind} change of {project.Code}.");
        });

    private static Task<Payload> RequestAcceptanceAsync(IResolveFieldContext ctx, RequestAcceptanceInput input) =>
        Run(ctx, input.Id, async (scope, ct) =>
        {
            var project = await OwnedAsync(scope, input.Id, input.Version, ct);
            var progress = await scope.Db.ProgressReports.Where(r => r.ProjectId == project.Id).OrderByDescending(r => r.Month)
                .Select(r => (int?)r.ProgressPercent).FirstOrDefaultAsync(ct);
            scope.Db.ProjectDecisions.Add(project.RequestAcceptance(scope.Actor, scope.Now, progress, input.ExceptionReason));
            return new MutationRunner.Change(project, project, $"Requested acceptance of {project.Code}.");
        });

    private static Task<Payload> ConveneAcceptanceAsync(IResolveFieldContext ctx, ConveneAcceptanceInput input) =>
        Run(ctx, input.ProjectId, async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
            scope.RequireVersion(project, input.Version);
            var codes = input.ExpertCodes.Select(c => c.Trim()).ToList();
            var found = await scope.Db.Experts.AsNoTracking().Where(e => codes.Contains(e.Code)).ToDictionaryAsync(e => e.Code, ct);
            if (codes.FirstOrDefault(c => !found.ContainsKey(c)) is { } unknown)
                throw new MutationRefusal(new UserError(UserError.NotFound, $"No expert of the pool has the code '{unknown}'.", "expertCodes"));
            var conflicted = (await scope.Db.ExpertConflicts.Where(c => c.DepartmentId == project.OwnerDepartmentId).Select(c => c.ExpertId).ToListAsync(ct)).ToHashSet();
            var held = await scope.Db.Acceptances.Where(a => a.ProjectId == project.Id).Select(a => a.Result).ToListAsync(ct);
            var acceptance = project.ConveneAcceptance(input.HeldOn, codes.Select(c => found[c]).ToList(), conflicted, held.Count + 1, held.Any(r => r == null));
            scope.Db.Acceptances.Add(acceptance);
            return new MutationRunner.Change(project, project, $"Convened acceptance {acceptance.Attempt} of {project.Code} on {input.HeldOn:yyyy-MM-dd} with {acceptance.ExpertCodes}.");
        });

    private static Task<Payload> AcceptanceOpinionAsync(IResolveFieldContext ctx, RecordAcceptanceOpinionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Acceptance), MutationContextExtensions.TargetId(input.AcceptanceId, nameof(Acceptance)), async (scope, ct) =>
        {
            var acceptance = await scope.FindAsync<Acceptance>(input.AcceptanceId, "acceptanceId", ct);
            var account = Guid.TryParse(scope.Caller.ObjectId, out var oid) ? oid : Guid.Empty;
            var expert = await scope.Db.Experts.SingleOrDefaultAsync(e => e.AccountObjectId == account, ct);
            var given = expert is not null && await scope.Db.AcceptanceOpinions.AnyAsync(o => o.AcceptanceId == acceptance.Id && o.ExpertId == expert.Id, ct);
            scope.Db.AcceptanceOpinions.Add(acceptance.RecordOpinion(expert, given, input.Verdict, input.Comment));
            var project = await scope.Db.Projects.SingleAsync(p => p.Id == acceptance.ProjectId, ct);
            return new MutationRunner.Change(acceptance, acceptance, $"Expert {expert!.Code} gave {input.Verdict} at the acceptance of {project.Code}.");
        });

    private static Task<Payload> AcceptanceAsync(IResolveFieldContext ctx, RecordAcceptanceInput input) =>
        Run(ctx, input.ProjectId, async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
            scope.RequireVersion(project, input.Version);
            var acceptance = await scope.Db.Acceptances.Where(a => a.ProjectId == project.Id && a.Result == null).FirstOrDefaultAsync(ct);
            var verdicts = acceptance is null ? []
                : await scope.Db.AcceptanceOpinions.Where(o => o.AcceptanceId == acceptance.Id).Select(o => o.Verdict).ToListAsync(ct);
            scope.Db.ProjectDecisions.Add(project.ConcludeAcceptance(scope.Actor, scope.Now, scope.Today, acceptance, input.Result, input.Conditions, input.Notes, verdicts));
            // An accepted project's system enters the inventory of systems in operation (once).
            if (project.Status == ProjectStatus.Accepted && !await scope.Db.InformationSystems.AnyAsync(s => s.ProjectId == project.Id, ct))
                scope.Db.InformationSystems.Add(InformationSystem.BuiltBy(project,
                    await SequentialCodes.NextAsync(scope.Db.InformationSystems.Select(s => s.Code), "SYS-", ct), acceptance!.HeldOn, scope.Now));
            return new MutationRunner.Change(project, project, $"Acceptance of {project.Code}: {input.Result}.");
        });

    private static Task<Payload> PostEvaluationAsync(IResolveFieldContext ctx, RecordPostEvaluationInput input)
    {
        var policy = ctx.RequestServices!.GetRequiredService<PostEvaluationPolicy>();
        return Run(ctx, input.ProjectId, async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
            scope.RequireVersion(project, input.Version);
            var (decision, evaluation) = project.RecordPostEvaluation(scope.Actor, scope.Now, scope.Today, input.EvaluatedOn, input.QualityScore,
                input.OperatingStatus, input.ReturnOnInvestment, input.Conclusion, input.Summary, policy);
            scope.Db.ProjectDecisions.Add(decision);
            scope.Db.PostEvaluations.Add(evaluation);
            return new MutationRunner.Change(project, project, $"Post-evaluation of {project.Code}: {input.Conclusion}.");
        });
    }

    private static Task<Payload> Run(IResolveFieldContext ctx, string projectId, MutationRunner.Body body) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(projectId, nameof(Project)), body);

    /// <summary>A project of a department the caller may act for, at the given version if one is given.</summary>
    private static async Task<Project> OwnedAsync(MutationScope scope, string globalId, int? version, CancellationToken ct)
    {
        var project = await scope.FindAsync<Project>(globalId, "projectId", ct);
        scope.RequireDepartment(project);
        if (version is { } v) scope.RequireVersion(project, v);
        return project;
    }


}
