using System.Security.Claims;

namespace InfoGov.Api.Engine.Authentication;

/// <summary>
/// What a validated token must also carry. A user (delegated) token carries the API's scope in
/// <c>scp</c>; an app-only token (client credentials: dashboards, exchange systems) carries app roles
/// and no scope. A token with neither is refused, as is a user token without the API's scope.
/// </summary>
public static class TokenRules
{
    public static bool IsAppOnly(ClaimsPrincipal user) =>
        user.FindFirst("idtyp")?.Value == "app" || (user.FindFirst("scp") is null && user.FindFirst("roles") is not null);

    /// <summary>Null when the token is acceptable, else why not.</summary>
    public static string? Refusal(ClaimsPrincipal user, string requiredScope)
    {
        var scopes = user.FindAll("scp").SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var hasRoles = user.FindFirst("roles") is not null;
        if (scopes.Count > 0)
            return scopes.Contains(requiredScope, StringComparer.Ordinal) ? null : $"The token lacks the scope '{requiredScope}'.";
        return hasRoles ? null : "The token carries neither the API's scope nor an app role.";
    }
}
