namespace InfoGov.Domain.Departments;

/// <summary>What sort of government unit a department is.</summary>
public enum DepartmentKind
{
    /// <summary>The informatization office that leads and coordinates.</summary>
    CommitteeOffice,
    Bureau,
    Township,
    PublicInstitution,
    /// <summary>Runs shared infrastructure: data exchange, server centre, machine room.</summary>
    InformationCentre,
}
