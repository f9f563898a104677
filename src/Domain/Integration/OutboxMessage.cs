using InfoGov.Domain.Common;

namespace InfoGov.Domain.Integration;

/// <summary>
/// An event waiting to be published, written in the same transaction as the change that raised it:
/// a rolled-back change leaves none, and a committed one is published even if the process stops
/// between the commit and the publication (the dispatcher picks up what is left on its next pass).
/// </summary>
public sealed class OutboxMessage : Entity
{
    public required EventKind Kind { get; init; }
    public required string SubjectType { get; init; }
    public required Guid SubjectId { get; init; }
    public Guid? ProjectId { get; init; }
    public Guid? ResourceId { get; init; }
    /// <summary>The department the event concerns first: the project's owner, the requesting or disputing department.</summary>
    public Guid? DepartmentId { get; init; }
    /// <summary>The other department of a sharing event: the resource's provider.</summary>
    public Guid? CounterpartDepartmentId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>Set once for events found by a sweep (an overdue request, an expiring grant), so that the
    /// next sweep does not raise them again; unique where set.</summary>
    public string? DeduplicationKey { get; init; }
    public DateTimeOffset? DispatchedAt { get; private set; }
    /// <summary>Which pass of which instance holds this row, and until when: set by a conditional update, so that of
    /// several instances exactly one takes it; a holder that dies leaves it to be taken again when the claim lapses.</summary>
    public Guid? ClaimedBy { get; private set; }
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>The holder is done with the row.</summary>
    public void ReleaseClaim()
    {
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    public bool Concerns(Guid departmentId) => DepartmentId == departmentId || CounterpartDepartmentId == departmentId;

    public void MarkDispatched(DateTimeOffset at) => DispatchedAt ??= at;

    public static OutboxMessage Of(DomainEvent e, Guid? counterpartDepartmentId, DateTimeOffset at, string? deduplicationKey = null) => new()
    {
        Kind = e.Kind,
        SubjectType = e.SubjectType,
        SubjectId = e.SubjectId,
        ProjectId = e.ProjectId,
        ResourceId = e.ResourceId,
        DepartmentId = e.DepartmentId,
        CounterpartDepartmentId = counterpartDepartmentId,
        OccurredAt = at,
        DeduplicationKey = deduplicationKey,
    };
}
