using InfoGov.Domain.Common;

namespace InfoGov.Domain.Integration;

/// <summary>
/// One saved state of an entity that keeps history, valid from the save that wrote it until the next
/// save of the same entity (or its deletion). Written in the same transaction as the state itself.
/// </summary>
public sealed class HistoricalVersion : Entity
{
    /// <summary>The state's earliest possible start: the version recorded for a row that existed before
    /// history was kept, when it is first changed (its real start is unknown).</summary>
    public static readonly DateTimeOffset BeforeHistory = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public required string EntityType { get; init; }
    public required Guid EntityId { get; init; }
    public required DateTimeOffset ValidFrom { get; init; }
    /// <summary>When the next state replaced it (or the entity was deleted); null for the current state.</summary>
    public DateTimeOffset? ValidTo { get; private set; }
    /// <summary>The entity's stored values, as JSON.</summary>
    public required string State { get; init; }

    public void End(DateTimeOffset at) => ValidTo ??= at;

    /// <summary>This version, ended at <paramref name="at"/>.</summary>
    public HistoricalVersion Ended(DateTimeOffset at)
    {
        End(at);
        return this;
    }

    public bool IsValidAt(DateTimeOffset instant) => ValidFrom <= instant && (ValidTo is not { } end || instant < end);
}
