using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InfoGov.Api.Engine.Authentication;

/// <summary>Mints tokens shaped like Entra ID v2 access tokens, signed by the local key: for
/// Development (the <c>token</c> command) and for tests.</summary>
public sealed class LocalTokenIssuer(LocalSigningKey key, AccessTokenOptions options, TimeProvider time)
{
    public string Issue(TokenRequest request)
    {
        var now = time.GetUtcNow();
        var claims = new List<Claim>
        {
            new("oid", request.ObjectId ?? Guid.NewGuid().ToString()),
            new("tid", options.LocalIssuer.TenantId),
            new("name", request.Name ?? (request.IsApp ? "Local application" : "Local developer")),
        };
        claims.AddRange(request.Roles.Select(role => new Claim("roles", role)));
        if (request.Department is { } department) claims.Add(new Claim(options.DepartmentClaim, department));
        if (request.IsApp) claims.Add(new Claim("idtyp", "app"));
        else if ((request.Scope ?? options.RequiredScope) is { Length: > 0 } scope) claims.Add(new Claim("scp", scope));

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = request.Issuer ?? options.LocalIssuer.Issuer,
            Audience = request.Audience ?? options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = (request.NotBefore ?? now).UtcDateTime,
            NotBefore = (request.NotBefore ?? now).UtcDateTime,
            Expires = (request.Expires ?? now.AddHours(8)).UtcDateTime,
            SigningCredentials = new SigningCredentials(request.SigningKey ?? key.Key, SecurityAlgorithms.RsaSha256),
        });
    }
}

/// <summary>What a local token says. The optional overrides exist to mint bad tokens in tests.</summary>
public sealed record TokenRequest(IReadOnlyList<string> Roles, string? Department = null, bool IsApp = false)
{
    public string? Name { get; init; }
    public string? ObjectId { get; init; }
    /// <summary>Scope of a user token; the required scope when null, none when empty.</summary>
    public string? Scope { get; init; }
    public string? Issuer { get; init; }
    public string? Audience { get; init; }
    public DateTimeOffset? NotBefore { get; init; }
    public DateTimeOffset? Expires { get; init; }
    public SecurityKey? SigningKey { get; init; }
}
