using Microsoft.IdentityModel.Tokens;

namespace InfoGov.Api.Engine.Authentication;

/// <summary>Token lifetime against a given clock, throwing the same exceptions as the default
/// validator so that refusals keep their specific reason.</summary>
public static class TokenLifetime
{
    public static bool Validate(DateTime? notBefore, DateTime? expires, DateTimeOffset now, TimeSpan clockSkew)
    {
        if (expires is null) throw new SecurityTokenNoExpirationException("The token has no expiry.");
        if (notBefore is { } start && start.ToUniversalTime() > now.UtcDateTime.Add(clockSkew))
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = start };
        if (expires.Value.ToUniversalTime() < now.UtcDateTime.Subtract(clockSkew))
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        return true;
    }
}
