using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>
/// The deployment's key for signing access-log checkpoints: its public half in the clear (published with every export),
/// its private half as the data-protection system stored it (encrypted with keys every instance shares). One is
/// current at a time; older ones stay to verify the checkpoints they signed.
/// </summary>
public sealed class CheckpointKey : Entity
{
    public required string KeyId { get; init; }
    /// <summary>SubjectPublicKeyInfo, PEM.</summary>
    public required string PublicKeyPem { get; init; }
    /// <summary>The PKCS#8 private key, protected.</summary>
    public required string ProtectedPrivateKey { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
