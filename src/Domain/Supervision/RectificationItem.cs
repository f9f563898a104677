using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Domain.Supervision;

/// <summary>Where a rectification item stands.</summary>
public enum RectificationStatus
{
    /// <summary>Waiting for the department's answer (again, after a reopening).</summary>
    Open,
    /// <summary>The department answered; the office is to close or reopen it.</summary>
    Answered,
    /// <summary>The office accepted the answer.</summary>
    Closed,
}

/// <summary>
/// What an inspection requires a department to put right, by when and who answers for it: the department answers,
/// the office closes it or reopens it with its reason. Overdue while open past its deadline.
/// </summary>
public sealed class RectificationItem : VersionedEntity, IBelongsToDepartment, IKeepsHistory
{
    public required Guid InspectionId { get; init; }
    public required Guid DepartmentId { get; init; }
    public required int Number { get; init; }
    public required string Finding { get; init; }
    public required string Requirement { get; init; }
    public required string Owner { get; init; }
    public required DateOnly DueOn { get; init; }
    public RectificationStatus Status { get; private set; } = RectificationStatus.Open;
    public string? Answer { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>Why the office last reopened it; null if it never did.</summary>
    public string? ReopenReason { get; private set; }

    /// <summary>Open (never answered, or reopened) past its deadline.</summary>
    public bool IsOverdue(DateOnly today) => Status == RectificationStatus.Open && today > DueOn;

    /// <summary>The department says what it did.</summary>
    public void Respond(string answer, DateOnly today)
    {
        if (Status != RectificationStatus.Open)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Item {Number} is {Status}: it is answered while open.");
        Answer = Texts.Required(answer, "answer", "Say what was done.", Inspection.TextMaxLength);
        AnsweredOn = today;
        Status = RectificationStatus.Answered;
        Raise(new DomainEvent(EventKind.RectificationAnswered, nameof(RectificationItem), Id, DepartmentId: DepartmentId));
    }

    /// <summary>The office accepts the answer.</summary>
    public void Close(DateTimeOffset at)
    {
        if (Status != RectificationStatus.Answered)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Item {Number} is {Status}: the office closes an answered item.");
        Status = RectificationStatus.Closed;
        ClosedAt = at;
    }

    /// <summary>The office does not accept the answer: the item is open again, with why.</summary>
    public void Reopen(string reason)
    {
        if (Status != RectificationStatus.Answered)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Item {Number} is {Status}: the office reopens an answered item.");
        ReopenReason = Texts.Required(reason, "reason", "Say what is still missing.", Inspection.TextMaxLength);
        Status = RectificationStatus.Open;
    }
}
