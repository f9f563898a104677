using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;

namespace InfoGov.Api.Features.Integration;

/// <summary>The readers of DOMAIN.md section 7 that only this feature's declarations use; the ones several
/// features share are in <see cref="Readers"/>.</summary>
public static class IntegrationReaders
{
    /// <summary>The API's administrators: they register the documents applications may run (trusted documents).</summary>
    public static readonly Access Administrators = Access.Roles(Roles.Admin);
}
