using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InfoGov.Domain.DataSharing;

/// <summary>
/// The hash chain of a resource's access log: each entry's hash covers its content and the hash of
/// the entry before it, so changing or removing any stored row breaks every link after it, and the
/// chain's head (<see cref="AccessLogHead"/>), kept apart, reveals rows removed from the end.
/// The hash is SHA-256, in lowercase hex, over the UTF-8 bytes of these fields joined by U+001F:
/// previous hash, resource id, sequence, grant id, accessor department id, access time, accessor,
/// items, purpose, record count, refusal code. Ids are 32 lowercase hex digits without dashes (empty
/// when null), the time is UTC ticks (100 ns since 0001-01-01), numbers are invariant decimal.
/// </summary>
public static class AccessLogChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string HashOf(string previousHash, Guid resourceId, int sequence, Guid? grantId, Guid? accessorDepartmentId,
        DateTimeOffset accessedAt, string accessedBy, string items, string purpose, int recordCount, string? refusalCode)
    {
        var content = string.Join('\u001f', previousHash, resourceId.ToString("N"), sequence.ToString(CultureInfo.InvariantCulture),
            grantId?.ToString("N") ?? "", accessorDepartmentId?.ToString("N") ?? "", accessedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            accessedBy, items, purpose, recordCount.ToString(CultureInfo.InvariantCulture), refusalCode ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    public static string HashOf(DataAccessLogEntry e) =>
        HashOf(e.PreviousHash, e.ResourceId, e.Sequence, e.GrantId, e.AccessorDepartmentId, e.AccessedAt, e.AccessedBy, e.Items, e.Purpose, e.RecordCount, e.RefusalCode);

    /// <summary>The chain checked link by link and against its head: intact, or where it first breaks.</summary>
    public static AccessLogVerification Verify(IReadOnlyCollection<DataAccessLogEntry> entries, AccessLogHead? head)
    {
        var broken = FirstBroken(entries);
        if (broken is not null) return new AccessLogVerification(false, entries.Count, broken, broken.Sequence, head?.Sequence, 0);
        var last = entries.MaxBy(e => e.Sequence);
        var lastSequence = last?.Sequence ?? 0;
        // Links hold; entries removed from the end show only against the head kept apart from them.
        if (head is not null && (head.Sequence != lastSequence || head.Hash != (last?.Hash ?? Genesis)))
            return new AccessLogVerification(false, entries.Count, null, lastSequence + 1, head.Sequence, Math.Max(head.Sequence - lastSequence, 0));
        return new AccessLogVerification(true, entries.Count, null, null, head?.Sequence, 0);
    }

    /// <summary>The first entry whose link does not hold (tampered content, a gap or a reordering), or null when the chain is intact.</summary>
    public static DataAccessLogEntry? FirstBroken(IEnumerable<DataAccessLogEntry> entries)
    {
        var previous = Genesis;
        var expected = 1;
        foreach (var entry in entries.OrderBy(e => e.Sequence))
        {
            if (entry.Sequence != expected || entry.PreviousHash != previous || entry.Hash != HashOf(entry)) return entry;
            previous = entry.Hash;
            expected++;
        }
        return null;
    }
}
