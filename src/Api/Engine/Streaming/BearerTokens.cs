using System.Security.Claims;
using InfoGov.Api.Engine.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace InfoGov.Api.Engine.Streaming;

/// <summary>
/// Validates a bearer token that arrived outside the Authorization header (a WebSocket's
/// connection_init payload), through the same JWT bearer handler as every request: the handler runs on
/// a request of its own, because the connection's handler has already cached its result for the upgrade.
/// </summary>
public sealed class BearerTokens(IServiceScopeFactory scopes)
{
    /// <summary>The validated user, or the refusal in words.</summary>
    public async Task<(ClaimsPrincipal? User, string? Refusal)> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var request = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        request.Request.Headers.Authorization = "Bearer " + token;
        var result = await request.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (result.Succeeded) return (result.Principal, null);
        return (null, result.Failure is { } failure ? TokenFailure.Describe(failure) : "No token was given.");
    }

    /// <summary>When the user's token expires; null when it names no expiry.</summary>
    public static DateTimeOffset? ExpiryOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst("exp")?.Value, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
