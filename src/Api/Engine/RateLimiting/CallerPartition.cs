using InfoGov.Api.Engine.Authentication;

namespace InfoGov.Api.Engine.RateLimiting;

/// <summary>Whose budget a request draws on: an application by its client id, a user by its object id,
/// an anonymous caller by its client address.</summary>
public sealed record CallerPartition(string Key, CallerKind Kind)
{
    public static CallerPartition Of(HttpContext http)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            if (TokenRules.IsAppOnly(user))
                return new("app:" + (user.FindFirst("azp")?.Value ?? user.FindFirst("appid")?.Value ?? user.FindFirst("oid")?.Value), CallerKind.App);
            return new("user:" + (user.FindFirst("oid")?.Value ?? user.FindFirst("sub")?.Value), CallerKind.User);
        }
        return new("anonymous:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), CallerKind.Anonymous);
    }
}
