using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Policy;

/// <summary>
/// The readers of DOMAIN.md section 7 that several features share. A set only one feature uses is named
/// in that feature's folder (<c>ProjectReaders</c>, <c>DataSharingReaders</c>, ...), so that a new entity's
/// readers are declared beside it. Restricted data: money below project totals, contracts and vendors,
/// expert identities, officials' contact details, unpublished assessment scores, conditional resources'
/// items and access logs.
/// </summary>
public static class Readers
{
    /// <summary>Citizens and public portals: published project status, department names, open catalog entries.</summary>
    public static readonly Access Anyone = Access.Public;

    /// <summary>Internal, non-restricted information: any government user.</summary>
    public static readonly Access Government = Access.Government;

    /// <summary>Status and aggregates: government users and third-party dashboards.</summary>
    public static readonly Access GovernmentAndDashboards = Access.Government.And(Roles.Dashboard);

    /// <summary>Money below project totals, contracts and vendors: finance and the office everywhere; a
    /// department's information manager and leader for their own department.</summary>
    public static readonly Access MoneyAndContracts = Access.Roles(Roles.Finance, Roles.CommitteeOffice)
        .InOwnDepartment(Roles.InformationManager, Roles.DepartmentLeader);

    /// <summary>All allocations of a fund: finance and the office.</summary>
    public static readonly Access FundManagers = Access.Roles(Roles.Finance, Roles.CommitteeOffice);

    /// <summary>The informatization office alone: review, decisions, supervision.</summary>
    public static readonly Access Office = Access.Roles(Roles.CommitteeOffice);

    /// <summary>The owning department's leader.</summary>
    public static readonly Access OwningLeader = Access.Roles().InOwnDepartment(Roles.DepartmentLeader);

    /// <summary>Who follows the change feed: government users, dashboards and exchange systems. Each
    /// change's object is read with the caller's own access.</summary>
    public static readonly Access Syncing = Access.Government.And(Roles.Dashboard, Roles.DataExchange);

    /// <summary>Sharing grants: the office; the provider's or grantee's data steward, information manager,
    /// leader and exchange system.</summary>
    public static readonly Access SharingGrants = Access.Roles(Roles.CommitteeOffice)
        .InOwnDepartment(Roles.DataSteward, Roles.InformationManager, Roles.DepartmentLeader, Roles.DataExchange);
}
