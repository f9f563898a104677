using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>A department's request to use a conditional resource. The provider answers within a
/// configured number of working days (default 10); a refusal must give a reason.</summary>
public sealed class SharingRequest : VersionedEntity, IPartOfDataResource
{
    Guid? IPartOfDataResource.CounterpartDepartmentId => RequesterDepartmentId;

    public const int DefaultAnswerWorkingDays = 10;

    public required string Number { get; init; }
    public required Guid ResourceId { get; init; }
    public required Guid RequesterDepartmentId { get; init; }
    public required string Purpose { get; init; }
    public required string LegalBasis { get; init; }
    public required DateOnly SubmittedOn { get; init; }
    public required DateOnly AnswerDueOn { get; init; }
    /// <summary>The period the data is asked for; null for requests recorded before periods were asked.</summary>
    public DateOnly? PeriodFrom { get; init; }
    public DateOnly? PeriodUntil { get; init; }
    public SharingRequestStatus Status { get; private set; } = SharingRequestStatus.Pending;
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RefusalReason { get; private set; }
    /// <summary>How the requesting department used the data, recorded by it afterwards.</summary>
    public string? UsageFeedback { get; private set; }

    public void RecordUsage(string feedback)
    {
        if (Status != SharingRequestStatus.Approved)
            throw new RuleViolation(RuleViolation.InvalidTransition, "Usage is reported on an approved request.");
        if (string.IsNullOrWhiteSpace(feedback)) throw new RuleViolation(RuleViolation.Validation, "Say how the data was used.", "feedback");
        UsageFeedback = feedback.Trim();
    }

    /// <summary>
    /// A department's request for items of a published, conditional catalog entry of another
    /// department, with a purpose, a legal basis and the period it needs the data for. Items the
    /// provider keeps to itself (not shared) cannot be asked for.
    /// </summary>
    public static SharingRequest Submit(DataResource resource, Guid requesterDepartmentId, IReadOnlyCollection<DataItem> items, string purpose, string legalBasis,
        DateOnly? periodFrom, DateOnly? periodUntil, DateOnly today, DateOnly answerDueOn, string number)
    {
        if (resource.Status != CatalogStatus.Published)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"This entry is {resource.Status}; only published entries are requested.", "resourceCode");
        if (resource.SharingType == SharingType.Unconditional)
            throw new RuleViolation(RuleViolation.Validation, "This entry is shared unconditionally: any department may use it without a request.", "resourceCode");
        if (resource.SharingType == SharingType.NotShared)
            throw new RuleViolation(RuleViolation.NotPermitted, "This entry is not shared and can never be granted.", "resourceCode");
        if (resource.ProviderDepartmentId == requesterDepartmentId)
            throw new RuleViolation(RuleViolation.Validation, "A department does not request its own data.", "resourceCode");
        if (string.IsNullOrWhiteSpace(purpose)) throw new RuleViolation(RuleViolation.Validation, "State what the data will be used for.", "purpose");
        if (string.IsNullOrWhiteSpace(legalBasis)) throw new RuleViolation(RuleViolation.Validation, "State the legal basis of the request.", "legalBasis");
        if (periodUntil < periodFrom) throw new RuleViolation(RuleViolation.Validation, "The period ends after it starts.", "periodUntil");
        if (items.Count == 0) throw new RuleViolation(RuleViolation.Validation, "Ask for at least one data item.", "itemIds");
        RequireShared(items);
        return new SharingRequest
        {
            Number = number,
            ResourceId = resource.Id,
            RequesterDepartmentId = requesterDepartmentId,
            Purpose = purpose.Trim(),
            LegalBasis = legalBasis.Trim(),
            SubmittedOn = today,
            AnswerDueOn = answerDueOn,
            PeriodFrom = periodFrom,
            PeriodUntil = periodUntil,
        };
    }

    private static void RequireShared(IEnumerable<DataItem> items)
    {
        if (items.FirstOrDefault(i => !i.IsShared) is { } kept)
            throw new RuleViolation(RuleViolation.Validation, $"The provider keeps the item '{kept.Name}' to itself; it cannot be requested or granted.", "itemIds");
    }

    /// <summary>The provider answers a pending request; once escalated, only the office does.</summary>
    public void RequireDecider(SharingDecider decider)
    {
        if (Status == SharingRequestStatus.Escalated && decider != SharingDecider.Office)
            throw new RuleViolation(RuleViolation.NotPermitted, "The request was escalated: the office decides it now, not the provider.");
        if (Status != SharingRequestStatus.Escalated && decider != SharingDecider.Provider)
            throw new RuleViolation(RuleViolation.NotPermitted,
                "The providing department's data steward or leader answers a request; the office only once it is escalated.");
    }

    public static DateOnly DueDate(DateOnly submittedOn, WorkingDayCalendar calendar, int answerWorkingDays = DefaultAnswerWorkingDays) =>
        calendar.AddWorkingDays(submittedOn, answerWorkingDays);

    /// <summary>Pending past its due date: the request should go to the office.</summary>
    public bool IsOverdue(DateOnly asOf) => Status == SharingRequestStatus.Pending && asOf > AnswerDueOn;

    public void Approve(DateTimeOffset at) => Decide(SharingRequestStatus.Approved, at, null);

    /// <summary>
    /// Approves the request and creates its grant: at most the items asked for, for at most the
    /// period asked for (the provider may grant fewer items or a shorter period).
    /// </summary>
    public SharingGrant Grant(DateTimeOffset at, IReadOnlyCollection<Guid> requestedItems, IReadOnlyCollection<DataItem> grantedItems, DateOnly from, DateOnly until)
    {
        if (grantedItems.Count == 0)
            throw new RuleViolation(RuleViolation.Validation, "Grant at least one of the items asked for.", "itemIds");
        RequireShared(grantedItems);
        if (grantedItems.Select(i => i.Id).Except(requestedItems).Any())
            throw new RuleViolation(RuleViolation.Validation, "Only items the request asked for can be granted.", "itemIds");
        if (until < from)
            throw new RuleViolation(RuleViolation.Validation, "The grant ends after it starts.", "validUntil");
        if ((PeriodFrom is { } askedFrom && from < askedFrom) || (PeriodUntil is { } askedUntil && until > askedUntil))
            throw new RuleViolation(RuleViolation.Validation, "A grant covers at most the period asked for.", "validUntil");
        Approve(at);
        return new SharingGrant { RequestId = Id, ResourceId = ResourceId, GranteeDepartmentId = RequesterDepartmentId, ValidFrom = from, ValidUntil = until };
    }

    public void Refuse(DateTimeOffset at, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new RuleViolation(RuleViolation.Validation, "A refusal must give a reason.", "reason");
        Decide(SharingRequestStatus.Refused, at, reason);
    }

    /// <param name="today">The date in the deployment's time zone.</param>
    public void Escalate(DateOnly today)
    {
        if (!IsOverdue(today))
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Only a pending request past its due date ({AnswerDueOn:yyyy-MM-dd}) is escalated.");
        Status = SharingRequestStatus.Escalated;
    }

    public void Withdraw(DateTimeOffset at) => Decide(SharingRequestStatus.Withdrawn, at, null);

    private void Decide(SharingRequestStatus to, DateTimeOffset at, string? reason)
    {
        if (Status is not (SharingRequestStatus.Pending or SharingRequestStatus.Escalated))
            throw new RuleViolation(RuleViolation.InvalidTransition, $"The request is {Status}; it cannot be decided or withdrawn again.");
        Status = to;
        DecidedAt = at;
        RefusalReason = reason;
        if (to != SharingRequestStatus.Withdrawn)
            Raise(new Integration.DomainEvent(Integration.EventKind.SharingRequestDecided, nameof(SharingRequest), Id, ResourceId: ResourceId, DepartmentId: RequesterDepartmentId));
    }
}
