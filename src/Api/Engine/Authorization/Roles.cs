namespace InfoGov.Api.Engine.Authorization;

/// <summary>The Entra ID app roles of InfoGov (DOMAIN.md section 7), as they arrive in the token's <c>roles</c> claim.</summary>
public static class Roles
{
    public const string Staff = "Gov.Staff";
    public const string InformationManager = "Gov.InformationManager";
    public const string DepartmentLeader = "Gov.DepartmentLeader";
    public const string CommitteeOffice = "Gov.CommitteeOffice";
    public const string Expert = "Gov.Expert";
    public const string Finance = "Gov.Finance";
    public const string DataSteward = "Gov.DataSteward";
    public const string Admin = "Gov.Admin";
    public const string Dashboard = "App.Dashboard";
    public const string DataExchange = "App.DataExchange";

    public static readonly IReadOnlyList<string> All =
        [Staff, InformationManager, DepartmentLeader, CommitteeOffice, Expert, Finance, DataSteward, Admin, Dashboard, DataExchange];

    /// <summary>The roles of government users (delegated tokens), as opposed to applications.</summary>
    public static readonly IReadOnlyList<string> Government =
        [Staff, InformationManager, DepartmentLeader, CommitteeOffice, Expert, Finance, DataSteward, Admin];
}
