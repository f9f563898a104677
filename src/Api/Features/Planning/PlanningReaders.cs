using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;

namespace InfoGov.Api.Features.Planning;

/// <summary>The readers of DOMAIN.md section 7 that only this feature's declarations use; the ones several
/// features share are in <see cref="Readers"/>.</summary>
public static class PlanningReaders
{
    /// <summary>Write a department's plans and their items: its information manager.</summary>
    public static readonly Access PlanDrafters = Access.Roles().InOwnDepartment(Roles.InformationManager);
    /// <summary>Send an endorsed plan up to the office: the department's information manager or head.</summary>
    public static readonly Access PlanSubmitters = Access.Roles().InOwnDepartment(Roles.InformationManager, Roles.DepartmentLeader);
    /// <summary>Say which plan item a project delivers: the office, or the project department's information manager.</summary>
    public static readonly Access PlanLinkers = Access.Roles(Roles.CommitteeOffice).InOwnDepartment(Roles.InformationManager);
}
