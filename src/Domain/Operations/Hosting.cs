namespace InfoGov.Domain.Operations;

/// <summary>Where a system runs.</summary>
public enum Hosting
{
    /// <summary>The government cloud run by the information centre.</summary>
    GovernmentCloud,
    /// <summary>The central machine room.</summary>
    CentralMachineRoom,
    /// <summary>The department's own machine room.</summary>
    DepartmentRoom,
    /// <summary>A vendor's or another party's facility.</summary>
    ThirdParty,
}
