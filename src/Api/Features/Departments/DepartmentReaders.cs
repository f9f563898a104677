using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Departments;

/// <summary>The readers and writers of DOMAIN.md section 7 that only this feature's declarations use.</summary>
public static class DepartmentReaders
{
    /// <summary>Enter and change the city's organisation (departments, programmes): the platform
    /// administrators (reference data) and the informatization office.</summary>
    public static readonly Access ReferenceKeepers = Access.Roles(Roles.Admin, Roles.CommitteeOffice);
}
