using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace InfoGov.Api.Engine.Authentication;

/// <summary>
/// Resolves the caller's department once per request, when the token is accepted: the department
/// code the token names becomes the department's id, carried on the principal in an identity of our
/// own (a claim of that name inside the token is never read), so that every rule compares ids.
/// </summary>
public sealed class CallerDepartmentClaims(IDepartmentDirectory directory, AccessTokenOptions options, ILogger<CallerDepartmentClaims> logger) : IClaimsTransformation
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
        if (principal.FindFirst(options.DepartmentClaim)?.Value is not { Length: > 0 } code || await IdOfAsync(code) is not { } id) return principal;
        var resolved = principal.Clone();
        resolved.AddIdentity(new ClaimsIdentity([new Claim(DepartmentIdClaim, id.ToString())], IdentityType));
        return resolved;
    }

    // A database that cannot answer fails the request where it is used, as a coded GraphQL error; here it
    // leaves the caller without a department, which only ever shows less (rules fail closed).
    private async Task<Guid?> IdOfAsync(string code)
    {
        try
        {
            return await directory.IdOfAsync(code);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(e, "The caller's department {Department} could not be looked up", code);
            return null;
        }
    }
}
