using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace InfoGov.Api.Engine.Authentication;

/// <summary>
/// Resolves the caller's department once per request, when the token is accepted: the department
/// code the token names becomes the department's id, carried on the principal in an identity of our
/// own (a claim of that name inside the token is never read), so that every rule compares ids. An account
/// recorded as a platform administrator gets the <c>Gov.Admin</c> role in that identity too.
/// </summary>
public sealed class CallerDepartmentClaims(IDepartmentDirectory directory, IPlatformAdministrators administrators, AccessTokenOptions options,
    ILogger<CallerDepartmentClaims> logger) : IClaimsTransformation
{
    public const string IdentityType = "InfoGov.Department";
    public const string DepartmentIdClaim = "department_id";

    /// <summary>The id resolved for <paramref name="user"/>, if its department is known.</summary>
    public static Guid? DepartmentIdOf(ClaimsPrincipal? user) =>
        user?.Identities.FirstOrDefault(i => i.AuthenticationType == IdentityType)?.FindFirst(DepartmentIdClaim)?.Value is { } id
        && Guid.TryParse(id, out var departmentId) ? departmentId : null;

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        // Authentication may run more than once for a request; the department is resolved the first time.
        if (principal.Identity?.IsAuthenticated != true || principal.Identities.Any(i => i.AuthenticationType == IdentityType)) return principal;
        var claims = new List<Claim>();
        if (principal.FindFirst(options.DepartmentClaim)?.Value is { Length: > 0 } code && await LookUpAsync(() => directory.IdOfAsync(code), code) is { } id)
            claims.Add(new Claim(DepartmentIdClaim, id.ToString()));
        if (principal.FindFirst("oid")?.Value is { } oid && Guid.TryParse(oid, out var account) && !principal.IsInRole(Authorization.Roles.Admin)
            && await LookUpAsync(async () => await administrators.IsAdministratorAsync(account) ? true : (bool?)null, oid) == true)
            claims.Add(new Claim("roles", Authorization.Roles.Admin));
        if (claims.Count == 0) return principal;
        var resolved = principal.Clone();
        resolved.AddIdentity(new ClaimsIdentity(claims, IdentityType));
        return resolved;
    }

    // A database that cannot answer fails the request where it is used, as a coded GraphQL error; here it
    // leaves the caller without a department or the administrator role, which only ever shows less (rules fail closed).
    private async Task<T?> LookUpAsync<T>(Func<Task<T?>> lookUp, string what) where T : struct
    {
        try
        {
            return await lookUp();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(e, "The caller's {What} could not be looked up", what);
            return null;
        }
    }
}
