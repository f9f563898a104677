using System.Security.Claims;
using InfoGov.Api.Engine.Authentication;

namespace InfoGov.Api.Engine.Authorization;

/// <summary>Who is calling, read from the validated token: the user or application, its app roles
/// and its department: the code the token names (<see cref="Department"/>, kept for audit) and the
/// department's id, resolved once when the token was accepted (<see cref="DepartmentId"/>, null when
/// no department has that code). Rules compare ids. Anonymous callers have no roles and no department.</summary>
public sealed record Caller(bool IsAuthenticated, string? ObjectId, string? Name, IReadOnlySet<string> Roles, string? Department, bool IsApp, Guid? DepartmentId = null)
{
    public static readonly Caller Anonymous = new(false, null, null, new HashSet<string>(), null, false);

    public static Caller From(ClaimsPrincipal? user, string departmentClaim)
    {
        if (user?.Identity?.IsAuthenticated != true) return Anonymous;
        var roles = user.FindAll("roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Caller(
            IsAuthenticated: true,
            ObjectId: user.FindFirst("oid")?.Value,
            Name: user.FindFirst("name")?.Value ?? user.FindFirst("appid")?.Value ?? user.FindFirst("azp")?.Value,
            Roles: roles,
            Department: user.FindFirst(departmentClaim)?.Value,
            IsApp: TokenRules.IsAppOnly(user),
            DepartmentId: CallerDepartmentClaims.DepartmentIdOf(user));
    }

    public bool IsInAnyRole(IEnumerable<string> roles) => roles.Any(Roles.Contains);
}
