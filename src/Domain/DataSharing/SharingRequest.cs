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
    public SharingRequestStatus Status { get; private set; } = SharingRequestStatus.Pending;
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RefusalReason { get; private set; }

    public static DateOnly DueDate(DateOnly submittedOn, WorkingDayCalendar calendar, int answerWorkingDays = DefaultAnswerWorkingDays) =>
        calendar.AddWorkingDays(submittedOn, answerWorkingDays);

    /// <summary>Pending past its due date: the request should go to the office.</summary>
    public bool IsOverdue(DateOnly asOf) => Status == SharingRequestStatus.Pending && asOf > AnswerDueOn;

    public void Approve(DateTimeOffset at) => Decide(SharingRequestStatus.Approved, at, null);

    public void Refuse(DateTimeOffset at, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new InvalidOperationException("A refusal must give a reason.");
        Decide(SharingRequestStatus.Refused, at, reason);
    }

    public void Escalate(DateTimeOffset at)
    {
        if (!IsOverdue(DateOnly.FromDateTime(at.Date)))
            throw new InvalidOperationException("Only an overdue pending request is escalated.");
        Status = SharingRequestStatus.Escalated;
    }

    public void Withdraw(DateTimeOffset at) => Decide(SharingRequestStatus.Withdrawn, at, null);

    private void Decide(SharingRequestStatus to, DateTimeOffset at, string? reason)
    {
        if (Status is not (SharingRequestStatus.Pending or SharingRequestStatus.Escalated))
            throw new InvalidOperationException($"A {Status} request cannot be changed.");
        Status = to;
        DecidedAt = at;
        RefusalReason = reason;
    }
}
