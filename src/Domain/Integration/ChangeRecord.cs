using InfoGov.Domain.Common;

namespace InfoGov.Domain.Integration;

/// <summary>
/// One entry of the change feed that systems sync from: an object of a type changed or was removed,
/// at a sequence number. Sequence numbers are handed out in commit order (see ChangeSequence), so a
/// system that has read up to N never later finds a change numbered N or lower.
/// </summary>
public sealed class ChangeRecord : Entity
{
    public required long Sequence { get; init; }
    public required string EntityType { get; init; }
    public required Guid EntityId { get; init; }
    public required FeedEntryKind Kind { get; init; }
    public required DateTimeOffset At { get; init; }
    /// <summary>The object's stored values just before this change (JSON), for a change or removal of an
    /// object that existed: the feed shows a tombstone only to callers who could read it then.</summary>
    public string? PriorState { get; init; }
}
