using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace InfoGov.Api.Engine.Authentication;

/// <summary>A short, client-safe reason why a token was refused: the category, never key material
/// or the validator's internals.</summary>
public static class TokenFailure
{
    /// <summary>
    /// Why the token the request presented was refused, or null when it presented none or it was accepted.
    /// A token is refused outright wherever it is presented: silently treating the caller as anonymous
    /// would hide an expired or forged token. An accepted token was authenticated already by the
    /// authentication middleware, whose result is reused rather than validated (and transformed) again.
    /// </summary>
    public static async Task<Exception?> OfRequestAsync(HttpContext http)
    {
        if (http.Request.Headers.Authorization.Count == 0) return null;
        if (http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult is { Succeeded: true }) return null;
        return (await http.AuthenticateAsync()).Failure;
    }

    public static string Describe(Exception failure) => failure switch
    {
        SecurityTokenExpiredException => "it has expired.",
        SecurityTokenNotYetValidException => "it is not valid yet.",
        SecurityTokenInvalidAudienceException => "it was issued for another audience.",
        SecurityTokenInvalidIssuerException => "it was issued by an issuer this API does not trust.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "its signature is not valid.",
        SecurityTokenInvalidAlgorithmException => "it is signed with an algorithm this API does not accept.",
        SecurityTokenNoExpirationException => "it has no expiry.",
        SecurityTokenMalformedException or ArgumentException => "it is not a well-formed JWT.",
        SecurityTokenValidationException => "it was not validated.",
        // Our own refusals (TokenRules) are written for clients; anything else is described by category only.
        _ when failure.GetType().Name == "AuthenticationFailureException" => failure.Message,
        _ => "it was not validated.",
    };
}
