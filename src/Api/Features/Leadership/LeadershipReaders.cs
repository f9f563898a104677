using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;

namespace InfoGov.Api.Features.Leadership;

/// <summary>The readers of DOMAIN.md section 7 that only this feature's declarations use; the ones several
/// features share are in <see cref="Readers"/>.</summary>
public static class LeadershipReaders
{
    /// <summary>Officials' telephone and e-mail: the office and administrators; colleagues of the same department.</summary>
    public static readonly Access ContactDetails = Access.Roles(Roles.CommitteeOffice, Roles.Admin)
        .InOwnDepartment(Roles.Staff, Roles.InformationManager, Roles.DepartmentLeader, Roles.Finance, Roles.DataSteward, Roles.Expert);
    /// <summary>Who keeps a department's responsibilities: its leader; the office and administrators everywhere.</summary>
    /// <summary>Who appoints officials and ends their appointments: the platform administrators (reference data) and the office.</summary>
    public static readonly Access Appointers = Access.Roles(Roles.Admin, Roles.CommitteeOffice);
    public static readonly Access ResponsibilityKeepers = Access.Roles(Roles.CommitteeOffice, Roles.Admin).InOwnDepartment(Roles.DepartmentLeader);
}
