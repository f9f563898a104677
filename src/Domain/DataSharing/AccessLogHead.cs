using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>
/// The newest link of a catalog entry's access-log chain, kept apart from the rows it covers and
/// moved in the same transaction as each append. A chain whose rows were cut off at the end still
/// verifies link by link; compared with its head, the missing entries show. Every append goes
/// through the head, which is also the point where concurrent appends to one chain collide.
/// </summary>
public sealed class AccessLogHead : VersionedEntity
{
    public required Guid ResourceId { get; init; }
    /// <summary>Sequence of the newest entry; 0 for a chain with no entry yet.</summary>
    public int Sequence { get; private set; }
    /// <summary>Hash of the newest entry; <see cref="AccessLogChain.Genesis"/> for an empty chain.</summary>
    public string Hash { get; private set; } = AccessLogChain.Genesis;

    public static AccessLogHead Start(Guid resourceId) => new() { ResourceId = resourceId };

    /// <summary>The next entry of the chain, linked to the head, which then points at it. <paramref name="id"/>
    /// fixes the entry's id (deterministic demo data); a new one otherwise.</summary>
    public DataAccessLogEntry Append(Guid? grantId, Guid? accessorDepartmentId, DateTimeOffset accessedAt, string accessedBy,
        string items, string purpose, int recordCount, string? refusalCode, Guid? id = null)
    {
        var sequence = Sequence + 1;
        var entry = new DataAccessLogEntry
        {
            Id = id ?? Guid.NewGuid(),
            ResourceId = ResourceId,
            Sequence = sequence,
            GrantId = grantId,
            AccessorDepartmentId = accessorDepartmentId,
            AccessedAt = accessedAt,
            AccessedBy = accessedBy,
            Items = items,
            Purpose = purpose,
            RecordCount = recordCount,
            RefusalCode = refusalCode,
            PreviousHash = Hash,
            Hash = AccessLogChain.HashOf(Hash, ResourceId, sequence, grantId, accessorDepartmentId, accessedAt, accessedBy, items, purpose, recordCount, refusalCode),
        };
        Sequence = sequence;
        Hash = entry.Hash;
        return entry;
    }
}
