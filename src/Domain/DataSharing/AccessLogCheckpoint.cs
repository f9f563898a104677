using System.Globalization;
using System.Text;
using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>
/// The head of a resource's access-log chain at one moment, signed with the deployment's checkpoint key: a third party
/// holding the public key can check an exported range of entries against it without asking InfoGov (the verifier in
/// docs/access-log). The signature is ECDSA P-256 with SHA-256, in IEEE P1363 form (r || s, 64 bytes), base64, over the
/// UTF-8 bytes of <see cref="Payload"/>.
/// </summary>
public sealed class AccessLogCheckpoint : Entity, IPartOfDataResource
{
    Guid? IPartOfDataResource.CounterpartDepartmentId => null;

    public const string Format = "infogov-access-log-checkpoint/1";

    public required Guid ResourceId { get; init; }
    /// <summary>The sequence of the newest entry covered.</summary>
    public required int Sequence { get; init; }
    /// <summary>That entry's hash.</summary>
    public required string Hash { get; init; }
    public required DateTimeOffset SignedAt { get; init; }
    /// <summary>Which key signed it: the first 16 hex digits of the SHA-256 of its public key (SubjectPublicKeyInfo, DER).</summary>
    public required string KeyId { get; init; }
    public required string Signature { get; init; }

    /// <summary>What is signed: the format, the resource id (32 hex digits), the sequence, the hash and the signing time
    /// (UTC, ISO 8601 round-trip form), one per line.</summary>
    public static string Payload(Guid resourceId, int sequence, string hash, DateTimeOffset signedAt) =>
        string.Join('\n', Format, resourceId.ToString("N"), sequence.ToString(CultureInfo.InvariantCulture), hash,
            signedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));

    /// <summary>The checkpoint of <paramref name="head"/> now, signed by <paramref name="sign"/> (which returns the
    /// signature of the payload's bytes); null for a chain with no entry.</summary>
    public static AccessLogCheckpoint? Of(AccessLogHead head, DateTimeOffset now, string keyId, Func<byte[], byte[]> sign)
    {
        if (head.Sequence == 0) return null;
        var at = new DateTimeOffset(now.UtcTicks, TimeSpan.Zero);
        return new AccessLogCheckpoint
        {
            ResourceId = head.ResourceId,
            Sequence = head.Sequence,
            Hash = head.Hash,
            SignedAt = at,
            KeyId = keyId,
            Signature = Convert.ToBase64String(sign(Encoding.UTF8.GetBytes(Payload(head.ResourceId, head.Sequence, head.Hash, at)))),
        };
    }
}
