using System.Security.Cryptography;
using InfoGov.Domain.DataSharing;
using InfoGov.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>
/// The deployment's access-log checkpoint key (ECDSA P-256): made once, on first use, and kept in the database with its
/// private half protected by ASP.NET Core data protection, so that every instance signs with the same key. Exports
/// publish the public half.
/// </summary>
public sealed class CheckpointSigner(IDataProtectionProvider protection, ILogger<CheckpointSigner> logger)
{
    private readonly IDataProtector _protector = protection.CreateProtector("InfoGov.AccessLog.CheckpointKey.v1");
    private readonly SemaphoreSlim _loading = new(1, 1);
    private (string KeyId, ECDsa Key)? _current;

    /// <summary>The current key's id and a signing function for it.</summary>
    public async Task<(string KeyId, Func<byte[], byte[]> Sign)> CurrentAsync(InfoGovDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        if (_current is not { } current)
        {
            await _loading.WaitAsync(ct);
            try
            {
                current = _current ??= await LoadOrCreateAsync(db, now, ct);
            }
            finally
            {
                _loading.Release();
            }
        }
        return (current.KeyId, data => current.Key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    private async Task<(string, ECDsa)> LoadOrCreateAsync(InfoGovDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await db.CheckpointKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).FirstOrDefaultAsync(ct) is { } stored)
            {
                var key = ECDsa.Create();
                key.ImportPkcs8PrivateKey(Convert.FromBase64String(_protector.Unprotect(stored.ProtectedPrivateKey)), out _);
                return (stored.KeyId, key);
            }
            using var made = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            db.CheckpointKeys.Add(new CheckpointKey
            {
                KeyId = KeyIdOf(made.ExportSubjectPublicKeyInfo()),
                PublicKeyPem = made.ExportSubjectPublicKeyInfoPem(),
                ProtectedPrivateKey = _protector.Protect(Convert.ToBase64String(made.ExportPkcs8PrivateKey())),
                CreatedAt = now,
            });
            try
            {
                await db.SaveChangesAsync(ct);
                logger.LogInformation("Made the deployment's access-log checkpoint key");
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another instance made one at the same moment: use the stored one.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The first 16 hex digits of the SHA-256 of a public key's SubjectPublicKeyInfo (DER).</summary>
    public static string KeyIdOf(byte[] subjectPublicKeyInfo) => Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo))[..16];
}
