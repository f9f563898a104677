using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>A user's challenge of a record's correctness in a catalog entry; the provider answers
/// within a configured number of working days (default 5).</summary>
public sealed class DataDispute : VersionedEntity
{
    public const int DefaultAnswerWorkingDays = 5;

    public required Guid ResourceId { get; init; }
    public required Guid RaisedByDepartmentId { get; init; }
    /// <summary>Which record is disputed, e.g. its key.</summary>
    public required string RecordReference { get; init; }
    public required string Description { get; init; }
    public required DateOnly RaisedOn { get; init; }
    public required DateOnly AnswerDueOn { get; init; }
    public string? Answer { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsOverdue(DateOnly asOf) => AnsweredAt is null && asOf > AnswerDueOn;

    public void Respond(string answer, DateTimeOffset at)
    {
        if (AnsweredAt is not null) throw new RuleViolation(RuleViolation.InvalidTransition, "This dispute has already been answered.");
        if (string.IsNullOrWhiteSpace(answer)) throw new RuleViolation(RuleViolation.Validation, "Write the answer.", "answer");
        Answer = answer.Trim();
        AnsweredAt = at;
        Raise(new Integration.DomainEvent(Integration.EventKind.DisputeAnswered, nameof(DataDispute), Id, ResourceId: ResourceId, DepartmentId: RaisedByDepartmentId));
    }
}
