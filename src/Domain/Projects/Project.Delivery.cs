using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>Delivery of an approved project: implementation plan, tenders, contracts, change requests,
/// acceptance and post-evaluation, and the money committed to it.</summary>
public sealed partial class Project
{
    /// <summary>
    /// The owner asks for acceptance of a complete project: its latest progress report says 100%.
    /// An incomplete one is put up for acceptance only with a recorded exception (the office's: the
    /// schema admits the reason from the office alone).
    /// </summary>
    public ProjectDecision RequestAcceptance(string decidedBy, DateTimeOffset at, int? reportedProgress, string? exceptionReason)
    {
        if (reportedProgress != 100 && string.IsNullOrWhiteSpace(exceptionReason))
            throw new RuleViolation(RuleViolation.InvalidTransition,
                $"Acceptance is requested for a complete project; its latest progress report says {(reportedProgress is { } p ? p + "%" : "nothing")}. The office may request it with a recorded exception.",
                "exceptionReason");
        return MoveTo(ProjectStatus.AcceptanceRequested, decidedBy, at,
            reportedProgress == 100 ? null : $"Requested at {reportedProgress ?? 0}% by exception: {exceptionReason!.Trim()}");
    }

    /// <summary>
    /// The office convenes the acceptance of a project that asked for it, to be held on
    /// <paramref name="heldOn"/> with at least <see cref="Acceptance.MinimumExperts"/> experts, none of
    /// the owning department, inactive, or with a declared conflict with it. One acceptance is open at a
    /// time; <paramref name="attempt"/> counts from 1. Each seated expert then records their own verdict.
    /// </summary>
    public Acceptance ConveneAcceptance(DateOnly heldOn, IReadOnlyList<Expert> experts, IReadOnlySet<Guid> conflicted, int attempt, bool oneOpen)
    {
        if (Status != ProjectStatus.AcceptanceRequested)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"An acceptance is convened for a project that asked for it; this one is {Status}.");
        if (oneOpen) throw new RuleViolation(RuleViolation.InvalidTransition, "An acceptance of this project is already open; conclude it first.");
        if (experts.DistinctBy(e => e.Id).Count() != experts.Count)
            throw new RuleViolation(RuleViolation.Validation, "Name each expert once.", "expertCodes");
        if (experts.Count < Acceptance.MinimumExperts)
            throw new RuleViolation(RuleViolation.Validation, $"An acceptance is held with at least {Acceptance.MinimumExperts} experts; {experts.Count} were named.", "expertCodes");
        if (experts.FirstOrDefault(e => !PanelMember.MayServe(e, this)) is { } barred)
            throw new RuleViolation(RuleViolation.Validation, $"Expert {barred.Code} may not judge this project (owning department, or not active).", "expertCodes");
        if (experts.FirstOrDefault(e => conflicted.Contains(e.Id)) is { } conflict)
            throw new RuleViolation(RuleViolation.Validation, $"Expert {conflict.Code} declared a conflict of interest with the owning department.", "expertCodes");
        return new Acceptance
        {
            ProjectId = Id,
            HeldOn = heldOn,
            IsFirstAttempt = attempt == 1,
            Attempt = attempt,
            ExpertCodes = string.Join(",", experts.Select(e => e.Code)),
        };
    }

    /// <summary>
    /// The office concludes the open <paramref name="acceptance"/> once held and once every seated
    /// expert recorded a verdict (<paramref name="verdicts"/>). The result follows the majority (a tie
    /// fails): a pass accepts the project; a failure sends it back to implementation.
    /// </summary>
    public ProjectDecision ConcludeAcceptance(string decidedBy, DateTimeOffset at, DateOnly today, Acceptance? acceptance,
        AcceptanceResult result, string? conditions, string? notes, IReadOnlyCollection<AcceptanceResult> verdicts)
    {
        if (Status != ProjectStatus.AcceptanceRequested || acceptance is not { IsOpen: true } || acceptance.ProjectId != Id)
            throw new RuleViolation(RuleViolation.InvalidTransition, "No acceptance of this project is open: convene one first (conveneAcceptance).");
        acceptance.Conclude(result, conditions, notes, verdicts, today);
        return result == AcceptanceResult.Failed
            ? MoveTo(ProjectStatus.InImplementation, decidedBy, at, "Acceptance failed: " + (acceptance.Notes ?? "see the acceptance record"))
            : Accept(decidedBy, at, today, result.ToString());
    }

    /// <summary>
    /// The office's post-evaluation of an accepted system after its stable-operation period
    /// (<paramref name="policy"/>): quality 0-100, return on investment as a ratio, a conclusion.
    /// </summary>
    public (ProjectDecision Decision, PostEvaluation Evaluation) RecordPostEvaluation(string decidedBy, DateTimeOffset at, DateOnly today, DateOnly evaluatedOn,
        int qualityScore, OperatingStatus operatingStatus, decimal returnOnInvestment, EvaluationConclusion conclusion, string? summary, PostEvaluationPolicy policy)
    {
        if (qualityScore is < 0 or > 100) throw new RuleViolation(RuleViolation.Validation, "The quality score is from 0 to 100.", "qualityScore");
        if (returnOnInvestment is < -10m or > 100m)
            throw new RuleViolation(RuleViolation.Validation, "Give the return on investment as a ratio, e.g. 0.15 for 15%.", "returnOnInvestment");
        if (evaluatedOn > today) throw new RuleViolation(RuleViolation.Validation, "An evaluation is recorded once made.", "evaluatedOn");
        if (CompletedOn is { } completed && evaluatedOn < policy.EarliestEvaluationOn(completed))
            throw new RuleViolation(RuleViolation.InvalidTransition,
                $"The system is evaluated after {policy.StableOperationMonths} months of stable operation: from {policy.EarliestEvaluationOn(completed):yyyy-MM-dd}.", "evaluatedOn");
        var decision = MoveTo(ProjectStatus.Evaluated, decidedBy, at, conclusion.ToString());
        var evaluation = new PostEvaluation
        {
            ProjectId = Id,
            EvaluatedOn = evaluatedOn,
            QualityScore = qualityScore,
            OperatingStatus = operatingStatus,
            ReturnOnInvestment = returnOnInvestment,
            Conclusion = conclusion,
            Summary = summary?.Trim(),
        };
        return (decision, evaluation);
    }

    /// <summary>
    /// Money committed to the project (its allocations, or its contracts) may not pass its approved
    /// budget: <paramref name="committed"/> so far plus <paramref name="amount"/> must fit in the
    /// baseline, which only an approved change request raises. The refusal says by how much.
    /// </summary>
    public void EnsureWithinBudget(Money committed, Money amount, string what, string field)
    {
        if (Baseline is null)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Money is committed to approved projects; this one is {Status}.", field);
        var total = committed.Add(amount);
        if (total.Amount > Baseline.Budget.Amount)
            throw new RuleViolation(RuleViolation.BudgetExceeded,
                $"{what} would total {total}, {total.Subtract(Baseline.Budget)} more than the approved budget of {Baseline.Budget}; an approved change request can raise it.", field);
    }

    /// <summary>
    /// The owner files the implementation plan of an approved project with the office, which reviews it
    /// (<see cref="ReviewImplementationPlan"/>); implementation starts only on an accepted plan. One plan waits for
    /// review at a time: <paramref name="plansFiled"/> counts the project's plans so far, <paramref name="oneAwaitingReview"/>
    /// says whether one of them is still filed.
    /// </summary>
    public ImplementationPlan FileImplementationPlan(DateOnly today, string tasks, string systemDesign, string? equipmentSelection, string schedule,
        int plansFiled, bool oneAwaitingReview)
    {
        if (Status != ProjectStatus.Approved)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"The implementation plan is filed for an approved project before work starts; this one is {Status}.");
        if (oneAwaitingReview) throw new RuleViolation(RuleViolation.InvalidTransition, "A plan of this project waits for the office's review already.");
        Require(tasks, "tasks", "List the tasks.");
        Require(systemDesign, "systemDesign", "Outline the system design.");
        Require(schedule, "schedule", "Give the schedule.");
        return new ImplementationPlan
        {
            ProjectId = Id,
            Number = plansFiled + 1,
            Tasks = tasks.Trim(),
            SystemDesign = systemDesign.Trim(),
            EquipmentSelection = equipmentSelection?.Trim(),
            Schedule = schedule.Trim(),
            FiledOn = today,
        };
    }

    /// <summary>
    /// The office reviews the filed <paramref name="plan"/>: accepted, the project's implementation starts (the returned
    /// decision); returned with <paramref name="comments"/>, the project stays approved until a revised plan is accepted.
    /// </summary>
    public ProjectDecision? ReviewImplementationPlan(ImplementationPlan plan, bool accept, string? comments, string decidedBy, DateTimeOffset at, DateOnly today)
    {
        if (plan.ProjectId != Id) throw new ArgumentException("The plan is of another project.", nameof(plan));
        if (Status != ProjectStatus.Approved)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"The plan is reviewed before work starts; this project is {Status}.");
        if (!accept)
        {
            plan.Return(decidedBy, at, comments);
            return null;
        }
        plan.Accept(decidedBy, at, comments);
        var decision = StartImplementation(decidedBy, at, today);
        return decision;
    }

    /// <summary>A procurement of a project under way, awarded (if it was) after it was published, to a registered
    /// <paramref name="winner"/> named with the award.</summary>
    public Tender RecordTender(string title, TenderMethod method, DateOnly publishedOn, DateOnly? awardedOn, Vendor? winner, int? bidCount)
    {
        RequireUnderWay();
        Require(title, "title", "Give the procurement a title.");
        if (awardedOn < publishedOn) throw new RuleViolation(RuleViolation.Validation, "A tender is awarded after it is published.", "awardedOn");
        if (awardedOn is null && winner is not null)
            throw new RuleViolation(RuleViolation.Validation, "A winner is named with the award: give awardedOn too.", "winningVendorId");
        if (awardedOn is not null && winner is null)
            throw new RuleViolation(RuleViolation.Validation, "Name the winner of the award from the register of vendors.", "winningVendorId");
        winner?.EnsureActive("winningVendorId");
        return new Tender
        {
            ProjectId = Id,
            Title = title.Trim(),
            Method = method,
            PublishedOn = publishedOn,
            AwardedOn = awardedOn,
            WinningVendor = winner?.Name,
            WinningVendorId = winner?.Id,
            BidCount = bidCount ?? 0,
        };
    }

    /// <summary>
    /// The office lets one contract of a project under way be signed without a tender, up to
    /// <paramref name="ceiling"/> (within the approved budget), for the recorded <paramref name="reason"/>.
    /// </summary>
    public TenderExemption GrantTenderExemption(string reason, Money ceiling, string grantedBy, DateTimeOffset at)
    {
        RequireUnderWay();
        Require(reason, "reason", "Say why the contract may be signed without a tender.");
        if (reason.Trim().Length > TenderExemption.ReasonMaxLength)
            throw new RuleViolation(RuleViolation.Validation, $"Keep the reason within {TenderExemption.ReasonMaxLength} characters.", "reason");
        if (ceiling.Amount <= 0m) throw new RuleViolation(RuleViolation.Validation, "The ceiling must be more than zero.", "ceiling.amount");
        if (ceiling.Amount > Baseline!.Budget.Amount)
            throw new RuleViolation(RuleViolation.BudgetExceeded, $"The ceiling may not pass the approved budget of {Baseline.Budget}.", "ceiling.amount");
        return new TenderExemption { ProjectId = Id, Reason = reason.Trim(), Ceiling = ceiling, GrantedBy = grantedBy, GrantedAt = at };
    }

    /// <summary>
    /// A contract of a project under way with a registered <paramref name="vendor"/>: numbered (the mutation checks that
    /// no other contract has the number), for an amount that keeps the project's contracts within its approved budget;
    /// signed by <paramref name="signerId"/>, under <paramref name="delegationId"/> when not the leader. It follows an
    /// awarded <paramref name="tender"/> of the project won by that vendor, or is signed under an unused
    /// <paramref name="exemption"/> the office granted (which it then uses up); with neither it is refused (TENDER_REQUIRED).
    /// </summary>
    public Contract SignContract(string number, Vendor vendor, Money amount, DateOnly signedOn, Money contracted,
        Guid signerId, Guid? delegationId, Tender? tender, TenderExemption? exemption)
    {
        RequireUnderWay();
        Require(number, "number", "Give the contract number.");
        if (amount.Amount <= 0m) throw new RuleViolation(RuleViolation.Validation, "The contract amount must be more than zero.", "amount.amount");
        vendor.EnsureActive("vendorId");
        if (tender is not null && exemption is not null)
            throw new RuleViolation(RuleViolation.Validation, "A contract follows a tender or an exemption, not both.", "exemptionId");
        if (tender is null && exemption is null)
            throw new RuleViolation(RuleViolation.TenderRequired,
                "A contract is signed after a tender: give the awarded tender (tenderId), or the exemption the office granted (exemptionId).", "tenderId");
        if (tender is not null)
        {
            if (tender.ProjectId != Id) throw new ArgumentException("The tender is of another project.", nameof(tender));
            if (tender.AwardedOn is not { } awarded)
                throw new RuleViolation(RuleViolation.TenderRequired, $"The tender '{tender.Title}' is not awarded yet.", "tenderId");
            if (signedOn < awarded)
                throw new RuleViolation(RuleViolation.Validation, $"The contract is signed after the award ({awarded:yyyy-MM-dd}).", "signedOn");
            if (tender.WinningVendorId is { } winner && winner != vendor.Id)
                throw new RuleViolation(RuleViolation.Validation, $"The tender '{tender.Title}' was won by {tender.WinningVendor}, not {vendor.Name}.", "vendorId");
        }
        if (exemption is not null && exemption.ProjectId != Id) throw new ArgumentException("The exemption is of another project.", nameof(exemption));
        EnsureWithinBudget(contracted, amount, "Contracts", "amount.amount");
        var contract = new Contract
        {
            ProjectId = Id,
            TenderId = tender?.Id,
            ExemptionId = exemption?.Id,
            Number = number.Trim(),
            Vendor = vendor.Name,
            VendorId = vendor.Id,
            Amount = amount,
            SignedOn = signedOn,
            SignerId = signerId,
            DelegationId = delegationId,
        };
        exemption?.UseFor(contract.Id, amount);
        return contract;
    }

    /// <summary>
    /// A request to change the baseline of an approved project (scope, budget, dates: what is not given
    /// stays), with a reason; one at a time, and it must change something.
    /// </summary>
    public ChangeRequest RequestChange(ChangeKind kind, string reason, string? scope, Money? budget, DateOnly? startOn, DateOnly? dueOn, bool onePending, DateTimeOffset at)
    {
        if (Baseline is null || !(ProjectLifecycle.IsUnderWay(Status) || Status == ProjectStatus.Approved))
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Changes are requested for approved projects under way; this one is {Status}.");
        Require(reason, "reason", "Give the reason for the change.");
        var proposed = Baseline with
        {
            Scope = scope?.Trim() ?? Baseline.Scope,
            Budget = budget ?? Baseline.Budget,
            StartOn = startOn ?? Baseline.StartOn,
            DueOn = dueOn ?? Baseline.DueOn,
        };
        if (proposed == Baseline) throw new RuleViolation(RuleViolation.Validation, "The request changes nothing in the baseline.", "kind");
        ProjectApplicationRules.Check(Name, proposed);
        if (onePending) throw new RuleViolation(RuleViolation.InvalidTransition, "A change request of this project is already waiting for the office.");
        return new ChangeRequest { ProjectId = Id, Kind = kind, Reason = reason.Trim(), ProposedPlan = proposed, RequestedAt = at };
    }

    private void RequireUnderWay()
    {
        if (!ProjectLifecycle.IsUnderWay(Status))
            throw new RuleViolation(RuleViolation.InvalidTransition, $"This is recorded while a project is under way; this one is {Status}.");
    }

    private static void Require(string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new RuleViolation(RuleViolation.Validation, message, field);
    }
}
