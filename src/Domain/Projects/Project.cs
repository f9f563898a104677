using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>An informatization project built by one owning department (the construction unit).
/// Status changes go through <see cref="MoveTo"/> so the lifecycle rules always hold.</summary>
public sealed class Project : VersionedEntity
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public string? Description { get; set; }
    public required Guid OwnerDepartmentId { get; init; }
    public Guid? ProgrammeId { get; set; }
    public required ProjectLevel Level { get; set; }
    /// <summary>True when other departments take part; cross-department projects count as major.</summary>
    public bool IsCrossDepartment { get; set; }
    public required FundingCategory FundingCategory { get; set; }
    public ProjectStatus Status { get; private set; } = ProjectStatus.Draft;
    /// <summary>Reference of the feasibility study report; required to submit.</summary>
    public string? FeasibilityStudyReference { get; set; }
    public DateOnly? SubmittedOn { get; private set; }
    /// <summary>The expert review must be held by this date (15 working days after submission).</summary>
    public DateOnly? ReviewDueOn { get; private set; }
    /// <summary>The plan in force: the proposal until approval, then the baseline or its re-baselined successor.</summary>
    public required ProjectPlan CurrentPlan { get; set; }
    /// <summary>Fixed on approval; replaced only by an approved change request.</summary>
    public ProjectPlan? Baseline { get; private set; }
    public DateOnly? ActualStartOn { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    /// <summary>Whether the status is published to the public portal.</summary>
    /// <summary>Whether the public portal shows the project's status; see <see cref="Publish"/>.</summary>
    public bool IsPublished { get; private set; }

    public const int ReviewWorkingDays = 15;

    /// <summary>Major projects (municipal key and above, or cross-department) also need the owning
    /// department leader's and the committee's approval.</summary>
    public bool IsMajor => Level is ProjectLevel.National or ProjectLevel.Provincial or ProjectLevel.Municipal
                           || IsCrossDepartment;

    public ProjectDecision MoveTo(ProjectStatus to, string decidedBy, DateTimeOffset at, string? reason = null)
    {
        if (!ProjectLifecycle.CanMove(Status, to)) throw new InvalidTransitionException(Status, to);
        var decision = new ProjectDecision
        {
            ProjectId = Id,
            FromStatus = Status,
            ToStatus = to,
            DecidedBy = decidedBy,
            DecidedAt = at,
            Reason = reason,
        };
        Status = to;
        return decision;
    }

    /// <param name="today">The submission's date in the deployment's time zone: the review is due 15 working days after it.</param>
    public ProjectDecision Submit(string decidedBy, DateTimeOffset at, DateOnly today, WorkingDayCalendar calendar)
    {
        if (string.IsNullOrWhiteSpace(FeasibilityStudyReference))
            throw new RuleViolation(RuleViolation.Validation, "A project is submitted with its feasibility study report: set its reference first.", "feasibilityStudyReference");
        var decision = MoveTo(ProjectStatus.Submitted, decidedBy, at);
        SubmittedOn = today;
        ReviewDueOn = calendar.AddWorkingDays(SubmittedOn.Value, ReviewWorkingDays);
        return decision;
    }

    /// <summary>When the owning department's leader approved the application (needed for major projects).</summary>
    public DateTimeOffset? LeaderApprovedAt { get; private set; }

    /// <summary>The owning department leader's approval, recorded among the project's decisions with its
    /// status unchanged, so the history shows who approved a major project before the office did.</summary>
    public ProjectDecision RecordLeaderApproval(string decidedBy, DateTimeOffset at)
    {
        if (Status is not (ProjectStatus.Submitted or ProjectStatus.UnderReview))
            throw new RuleViolation(RuleViolation.InvalidTransition, $"The leader approves a submitted application; this one is {Status}.");
        LeaderApprovedAt = at;
        return new ProjectDecision { ProjectId = Id, FromStatus = Status, ToStatus = Status, DecidedBy = decidedBy, DecidedAt = at, Reason = "Approved by the owning department's leader." };
    }

    public ProjectDecision Approve(string decidedBy, DateTimeOffset at, string? reason = null)
    {
        if (IsMajor && LeaderApprovedAt is null && Status == ProjectStatus.UnderReview)
            throw new RuleViolation(RuleViolation.InvalidTransition,
                "A major project (municipal key and above, or cross-department) also needs its owning department leader's approval first.");
        var decision = MoveTo(ProjectStatus.Approved, decidedBy, at, reason);
        Baseline = CurrentPlan;
        return decision;
    }

    public ProjectDecision StartImplementation(string decidedBy, DateTimeOffset at, DateOnly today)
    {
        var decision = MoveTo(ProjectStatus.InImplementation, decidedBy, at);
        ActualStartOn ??= today;
        return decision;
    }

    public ProjectDecision Accept(string decidedBy, DateTimeOffset at, DateOnly today, string? reason = null)
    {
        var decision = MoveTo(ProjectStatus.Accepted, decidedBy, at, reason);
        CompletedOn = today;
        return decision;
    }

    /// <summary>Whether the application can still be edited: while a draft or returned for revision.</summary>
    public bool IsEditable => Status is ProjectStatus.Draft or ProjectStatus.ReturnedForRevision;

    /// <summary>Cancels the project, before acceptance only, with a reason.</summary>
    public ProjectDecision Cancel(string decidedBy, DateTimeOffset at, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new RuleViolation(RuleViolation.Validation, "A cancellation needs a reason.", "reason");
        return MoveTo(ProjectStatus.Cancelled, decidedBy, at, reason.Trim());
    }

    /// <summary>
    /// The office approves a reviewed application (the review concluded; for a major project the
    /// leader approved), fixing the baseline and its milestones, each named and within the baseline's
    /// dates (<paramref name="milestones"/>, by name and date).
    /// </summary>
    public (ProjectDecision Decision, IReadOnlyList<Milestone> Milestones) ApproveReviewed(string decidedBy, DateTimeOffset at, bool reviewConcluded,
        IReadOnlyList<(string Name, DateOnly DueOn)> milestones, string? reason = null)
    {
        if (!reviewConcluded) throw new RuleViolation(RuleViolation.InvalidTransition, "Conclude the expert review before approving.");
        var decision = Approve(decidedBy, at, reason);
        var fixedMilestones = milestones.Select((m, index) =>
            string.IsNullOrWhiteSpace(m.Name) || m.DueOn < Baseline!.StartOn || m.DueOn > Baseline.DueOn
                ? throw new RuleViolation(RuleViolation.Validation,
                    $"Milestone {index + 1} needs a name and a date between {Baseline!.StartOn:yyyy-MM-dd} and {Baseline.DueOn:yyyy-MM-dd}.", $"milestones[{index}]")
                : new Milestone { ProjectId = Id, Name = m.Name.Trim(), DueOn = m.DueOn }).ToList();
        return (decision, fixedMilestones);
    }

    /// <summary>The office rejects an application, or returns it for revision, with a reason.</summary>
    public ProjectDecision RejectOrReturn(bool reject, string decidedBy, DateTimeOffset at, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new RuleViolation(RuleViolation.Validation, "Give the reason for rejecting or returning the application.", "reason");
        return MoveTo(reject ? ProjectStatus.Rejected : ProjectStatus.ReturnedForRevision, decidedBy, at, reason.Trim());
    }

    /// <summary>
    /// The office draws the review panel of a submitted application and the review starts: a meeting
    /// on or after today and by the review due date; the draw (<see cref="ExpertDraw"/>) with a seed
    /// the server chose. Returns the decision, the panel and its seats, the chair first.
    /// </summary>
    public (ProjectDecision Decision, ReviewPanel Panel, IReadOnlyList<PanelMember> Seats) DrawReviewPanel(string decidedBy, DateTimeOffset at, DateOnly today,
        DateOnly meetingOn, IEnumerable<Expert> pool, IReadOnlySet<Guid> conflicted, string category, int size, int seed)
    {
        if (ReviewDueOn is { } due && meetingOn > due)
            throw new RuleViolation(RuleViolation.Validation, $"The review must meet by {due:yyyy-MM-dd}, 15 working days after submission.", "meetingOn");
        if (meetingOn < today) throw new RuleViolation(RuleViolation.Validation, "The meeting cannot be in the past.", "meetingOn");
        var draw = ExpertDraw.Draw(pool, this, conflicted, category.Trim(), size, seed);
        var decision = MoveTo(ProjectStatus.UnderReview, decidedBy, at, $"Panel drawn from '{category.Trim()}' with seed {seed}.");
        var panel = new ReviewPanel
        {
            ProjectId = Id,
            MeetingOn = meetingOn,
            DrawSeed = seed,
            DrawCategory = category.Trim(),
            DrawCandidates = string.Join(",", draw.Candidates.Select(e => e.Code)),
        };
        var seats = draw.Panel.Select((e, i) => new PanelMember { PanelId = panel.Id, ExpertId = e.Id, IsChair = i == 0 }).ToList();
        return (decision, panel, seats);
    }

    /// <summary>
    /// Publishes the project's status to the public portal, or withdraws it. An application is
    /// published once decided for (approved, and every state after); withdrawing is always possible.
    /// </summary>
    public void Publish(bool published)
    {
        if (published && Status is ProjectStatus.Draft or ProjectStatus.Submitted or ProjectStatus.UnderReview or ProjectStatus.ReturnedForRevision or ProjectStatus.Rejected)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"A project is published once approved; this one is {Status}.", "published");
        IsPublished = published;
    }

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
    /// The office records an acceptance held on <paramref name="heldOn"/> (not after today) with at
    /// least <see cref="Acceptance.MinimumExperts"/> experts, none of the owning department, inactive,
    /// or with a declared conflict with it. A pass accepts the project; a failure sends it back to
    /// implementation; a pass with conditions states them. <paramref name="attempt"/> counts from 1.
    /// </summary>
    public (ProjectDecision Decision, Acceptance Acceptance) RecordAcceptance(string decidedBy, DateTimeOffset at, DateOnly today, DateOnly heldOn,
        AcceptanceResult result, string? conditions, string? notes, IReadOnlyCollection<Expert> experts, IReadOnlySet<Guid> conflicted, int attempt)
    {
        if (result == AcceptanceResult.PassedWithConditions && string.IsNullOrWhiteSpace(conditions))
            throw new RuleViolation(RuleViolation.Validation, "A pass with conditions states the conditions.", "conditions");
        if (heldOn > today) throw new RuleViolation(RuleViolation.Validation, "An acceptance is recorded once held.", "heldOn");
        if (experts.Count < Acceptance.MinimumExperts)
            throw new RuleViolation(RuleViolation.Validation, $"An acceptance is held with at least {Acceptance.MinimumExperts} experts; {experts.Count} were named.", "expertCodes");
        if (experts.FirstOrDefault(e => !PanelMember.MayServe(e, this)) is { } barred)
            throw new RuleViolation(RuleViolation.Validation, $"Expert {barred.Code} may not judge this project (owning department, or not active).", "expertCodes");
        if (experts.FirstOrDefault(e => conflicted.Contains(e.Id)) is { } conflict)
            throw new RuleViolation(RuleViolation.Validation, $"Expert {conflict.Code} declared a conflict of interest with the owning department.", "expertCodes");
        var decision = result == AcceptanceResult.Failed
            ? MoveTo(ProjectStatus.InImplementation, decidedBy, at, "Acceptance failed: " + (notes?.Trim() ?? "see the acceptance record"))
            : Accept(decidedBy, at, today, result.ToString());
        var acceptance = new Acceptance
        {
            ProjectId = Id,
            HeldOn = heldOn,
            Result = result,
            Conditions = conditions?.Trim(),
            Notes = notes?.Trim(),
            IsFirstAttempt = attempt == 1,
            Attempt = attempt,
            ExpertCodes = string.Join(",", experts.Select(e => e.Code)),
        };
        return (decision, acceptance);
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

    /// <summary>An approved change request replaces the baseline and the current plan.</summary>
    public void Rebaseline(ProjectPlan plan)
    {
        if (Baseline is null) throw new InvalidOperationException("Only an approved project has a baseline to change.");
        Baseline = plan;
        CurrentPlan = plan;
    }
}
