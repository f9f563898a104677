using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>An informatization project built by one owning department (the construction unit).
/// Status changes go through <see cref="MoveTo"/> so the lifecycle rules always hold.</summary>
public sealed partial class Project : VersionedEntity, IBelongsToDepartment, Integration.IKeepsHistory
{
    Guid IBelongsToDepartment.DepartmentId => OwnerDepartmentId;

    public required string Code { get; init; }
    public required string Name { get => _name; init => _name = value; }
    private string _name = null!;
    public string? NameEn { get => _nameEn; init => _nameEn = value; }
    private string? _nameEn;
    public string? Description { get => _description; init => _description = value; }
    private string? _description;
    public required Guid OwnerDepartmentId { get => _ownerDepartmentId; init => _ownerDepartmentId = value; }
    private Guid _ownerDepartmentId;

    /// <summary>The owning department was merged into another: the project follows it.</summary>
    internal void TransferTo(Guid departmentId) => _ownerDepartmentId = departmentId;
    public Guid? ProgrammeId { get => _programmeId; init => _programmeId = value; }
    private Guid? _programmeId;
    public required ProjectLevel Level { get => _level; init => _level = value; }
    private ProjectLevel _level;
    /// <summary>True when other departments take part; cross-department projects count as major.</summary>
    public bool IsCrossDepartment { get => _isCrossDepartment; init => _isCrossDepartment = value; }
    private bool _isCrossDepartment;
    public required FundingCategory FundingCategory { get => _fundingCategory; init => _fundingCategory = value; }
    private FundingCategory _fundingCategory;
    public ProjectStatus Status { get; private set; } = ProjectStatus.Draft;
    /// <summary>Reference of the feasibility study report; required to submit.</summary>
    public string? FeasibilityStudyReference { get => _feasibilityStudyReference; init => _feasibilityStudyReference = value; }
    private string? _feasibilityStudyReference;
    public DateOnly? SubmittedOn { get; private set; }
    /// <summary>The expert review must be held by this date (15 working days after submission).</summary>
    public DateOnly? ReviewDueOn { get; private set; }
    /// <summary>The plan in force: the proposal until approval, then the baseline or its re-baselined successor.</summary>
    public required ProjectPlan CurrentPlan { get => _currentPlan; init => _currentPlan = value; }
    private ProjectPlan _currentPlan = null!;
    /// <summary>Fixed on approval; replaced only by an approved change request.</summary>
    public ProjectPlan? Baseline { get; private set; }
    /// <summary>The revision number of <see cref="Baseline"/>: 1 on approval, one more per approved change; 0 before approval.</summary>
    public int BaselineRevisionNumber { get; private set; }
    private readonly List<BaselineRevision> _baselineRevisions = [];
    /// <summary>Revisions recorded through this instance (persistence saves them with the project);
    /// the full history is read from the store.</summary>
    public IReadOnlyCollection<BaselineRevision> BaselineRevisions => _baselineRevisions;
    public DateOnly? ActualStartOn { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
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
        var decision = Decision(to, decidedBy, at, reason);
        Status = to;
        Raise(new Integration.DomainEvent(Integration.EventKind.ProjectStatusChanged, nameof(Project), Id, Id, DepartmentId: OwnerDepartmentId));
        return decision;
    }

    /// <summary>A recorded decision from the current status to <paramref name="to"/> (the same status for one that changes none).</summary>
    private ProjectDecision Decision(ProjectStatus to, string decidedBy, DateTimeOffset at, string? reason) =>
        new() { ProjectId = Id, FromStatus = Status, ToStatus = to, DecidedBy = decidedBy, DecidedAt = at, Reason = reason };

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

    /// <summary>Submitted and still waiting for its expert panel when the review was due before <paramref name="today"/>:
    /// the office has let the 15 working days pass without drawing one (drawing it moves the project under review).</summary>
    public bool IsReviewOverdue(DateOnly today) => Status == ProjectStatus.Submitted && ReviewDueOn is { } due && due < today;

    /// <summary>When the owning department's leader approved the application (needed for major projects).</summary>
    public DateTimeOffset? LeaderApprovedAt { get; private set; }

    /// <summary>The owning department leader's approval, recorded among the project's decisions with its
    /// status unchanged, so the history shows who approved a major project before the office did.</summary>
    public ProjectDecision RecordLeaderApproval(string decidedBy, DateTimeOffset at)
    {
        if (Status is not (ProjectStatus.Submitted or ProjectStatus.UnderReview))
            throw new RuleViolation(RuleViolation.InvalidTransition, $"The leader approves a submitted application; this one is {Status}.");
        LeaderApprovedAt = at;
        return Decision(Status, decidedBy, at, "Approved by the owning department's leader.");
    }

    public ProjectDecision Approve(string decidedBy, DateTimeOffset at, string? reason = null)
    {
        if (IsMajor && LeaderApprovedAt is null && Status == ProjectStatus.UnderReview)
            throw new RuleViolation(RuleViolation.InvalidTransition,
                "A major project (municipal key and above, or cross-department) also needs its owning department leader's approval first.");
        var decision = MoveTo(ProjectStatus.Approved, decidedBy, at, reason);
        RecordBaseline(CurrentPlan, at, decidedBy, changeRequestId: null);
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

    /// <summary>The office puts an approved project that has neither received money from the fund nor
    /// started spending on the reserve list: it waits for money and can be promoted from a later fund.</summary>
    public void PlaceOnReserve(bool hasAllocations, bool hasSpending = false)
    {
        if (Status != ProjectStatus.Approved)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"An approved project not yet under way goes on the reserve list; this one is {Status}.");
        if (hasSpending) throw new RuleViolation(RuleViolation.InvalidTransition, "The project has started spending; it cannot wait on the reserve list.");
        if (FundingCategory == FundingCategory.Reserve) throw new RuleViolation(RuleViolation.InvalidTransition, "The project is already on the reserve list.");
        if (hasAllocations) throw new RuleViolation(RuleViolation.InvalidTransition, "The project has received money from the fund; it stays funded.");
        _fundingCategory = FundingCategory.Reserve;
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

    /// <summary>An approved change request replaces the baseline and the current plan; the replaced
    /// baseline stays readable as an earlier revision.</summary>
    public void Rebaseline(ProjectPlan plan, DateTimeOffset at, string approvedBy, Guid changeRequestId)
    {
        if (Baseline is null) throw new InvalidOperationException("Only an approved project has a baseline to change.");
        RecordBaseline(plan, at, approvedBy, changeRequestId);
    }

    private void RecordBaseline(ProjectPlan plan, DateTimeOffset at, string approvedBy, Guid? changeRequestId)
    {
        Baseline = plan;
        _currentPlan = plan;
        BaselineRevisionNumber++;
        _baselineRevisions.Add(new BaselineRevision
        {
            ProjectId = Id,
            Revision = BaselineRevisionNumber,
            Plan = plan,
            ApprovedAt = at,
            ApprovedBy = approvedBy,
            ChangeRequestId = changeRequestId,
        });
    }

    /// <summary>The special fund allocated money to it: it is funded, not on the reserve list.</summary>
    internal void MarkFunded() => _fundingCategory = FundingCategory.Funded;

    /// <summary>Approved without an allocation: waiting on the reserve list (the demo's history starts every approved project there).</summary>
    internal void MarkReserve() => _fundingCategory = FundingCategory.Reserve;
}
