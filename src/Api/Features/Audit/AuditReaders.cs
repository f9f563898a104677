using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;

namespace InfoGov.Api.Features.Audit;

/// <summary>The readers of DOMAIN.md section 7 that only this feature's declarations use; the ones several
/// features share are in <see cref="Readers"/>.</summary>
public static class AuditReaders
{
    /// <summary>The audit trail: the office and administrators.</summary>
    public static readonly Access Auditors = Access.Roles(Roles.CommitteeOffice, Roles.Admin);
}
