using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace InfoGov.Api.Engine.Authentication;

/// <summary>The local issuer's RSA key: read from its PEM file, or generated and saved there on
/// first use, so that the token command and the running API agree on it.</summary>
public sealed class LocalSigningKey
{
    public RsaSecurityKey Key { get; }

    public LocalSigningKey(string path)
    {
        var rsa = RSA.Create(2048);
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, rsa.ExportRSAPrivateKeyPem());
        }
        Key = new RsaSecurityKey(rsa) { KeyId = Convert.ToHexString(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16] };
    }
}
