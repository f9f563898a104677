using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>A department's request to use a conditional resource. The provider answers within a
/// configured number of working days (default 10); a refusal must give a reason.</summary>
public sealed class SharingRequest : VersionedEntity
{
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

    public static DateOnly DueDate(DateOnly submittedOn, WorkingDayCalendar calendar, int answerWorkingDays = DefaultAnswerWorkingDays) =>
        calendar.AddWorkingDays(submittedOn, answerWorkingDays);

    /// <summary>Pending past its due date: the request should go to the office.</summary>
    public bool IsOverdue(DateOnly asOf) => Status == SharingRequestStatus.Pending && asOf > AnswerDueOn;

    public void Approve(DateTimeOffset at) => Decide(SharingRequestStatus.Approved, at, null);

    /// <summary>
    /// Approves the request and creates its grant: at most the items asked for, for at most the
    /// period asked for (the provider may grant fewer items or a shorter period).
    /// </summary>
    public SharingGrant Grant(DateTimeOffset at, IReadOnlyCollection<Guid> requestedItems, IReadOnlyCollection<Guid> grantedItems, DateOnly from, DateOnly until)
    {
        if (grantedItems.Count == 0)
            throw new RuleViolation(RuleViolation.Validation, "Grant at least one of the items asked for.", "itemIds");
        if (grantedItems.Except(requestedItems).Any())
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
    }
}
