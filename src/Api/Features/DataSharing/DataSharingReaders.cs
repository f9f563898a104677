using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>The readers of DOMAIN.md section 7 that only this feature's declarations use; the ones several
/// features share are in <see cref="Readers"/>.</summary>
public static class DataSharingReaders
{
    /// <summary>Who asks other departments for data: a department's data steward, information manager and leader.</summary>
    public static readonly Access SharingRequesters = Access.Roles().InOwnDepartment(Roles.DataSteward, Roles.InformationManager, Roles.DepartmentLeader);
    /// <summary>Who answers: the providing department's data steward and leader; the office for escalated requests.</summary>
    public static readonly Access SharingDeciders = Access.Roles(Roles.CommitteeOffice).InOwnDepartment(Roles.DataSteward, Roles.DepartmentLeader);
    /// <summary>Who reads shared data for a department: its users and its exchange systems.</summary>
    public static readonly Access DataAccessors = Access.Roles().InOwnDepartment([.. Roles.Government, Roles.DataExchange]);
    /// <summary>Who keeps a department's catalog: its data steward and information manager; the office everywhere.</summary>
    public static readonly Access CatalogKeepers = Access.Roles(Roles.CommitteeOffice).InOwnDepartment(Roles.DataSteward, Roles.InformationManager);
    /// <summary>Data items (names and types) of catalog entries, on every path: government users, who need
    /// them to ask for a conditional entry, and exchange systems; each sees the items of the entries it
    /// sees (row visibility). The data itself is reached only under a grant.</summary>
    public static readonly Access CatalogItems = Access.Government.And(Roles.DataExchange);
    /// <summary>Access logs: the office; the providing department's data steward and leader.</summary>
    public static readonly Access AccessLogs = Access.Roles(Roles.CommitteeOffice).InOwnDepartment(Roles.DataSteward, Roles.DepartmentLeader);
}
