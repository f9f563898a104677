using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InfoGov.Domain.DataSharing;

/// <summary>
/// The hash chain of a resource's access log: each entry's hash covers its content and the hash of
/// the entry before it, so changing or removing any stored row breaks every link after it.
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
