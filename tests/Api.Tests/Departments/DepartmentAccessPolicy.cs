using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.Departments;

/// <summary>Who may read and change what in this feature: DOMAIN.md section 7 written out for the tests (see
/// <see cref="AccessPolicy"/>, which gathers every feature's rules for the access matrix).</summary>
public static class DepartmentAccessPolicy
{
    /// <summary>The city's organisation is entered and changed by the platform administrators and the office.</summary>
    private static readonly Rule ReferenceKeepers = new(false, [Roles.CommitteeOffice, Roles.Admin], []);

    public static readonly FeatureAccess Rules = new()
    {
        NodeTypes = new()
        {
            ["Department"] = new(Anyone, Government, Fields(
                (Anyone, ["id", "code", "name", "nameEn", "kind", "version", "dissolvedOn", "mergedInto", "parent", "children", "projects", "programmesLed", "dataResources"]),
                (GovernmentAndDashboards, ["assessments"]), (SharingGrants, ["grantsReceived"]), (Government, ["notices", "inspections", "sharingEvaluation"]))),
            ["Programme"] = new(Anyone, Anyone),
            ["ProgrammeTarget"] = new(Anyone, Anyone),
        },
        Query = new()
        {
            ["departments"] = Anyone,
            ["department"] = Anyone,
            ["programmes"] = Anyone,
            ["programme"] = Anyone,
        },
        Mutation = new()
        {
            ["createDepartment"] = new(ReferenceKeepers, "{ code: \"NOPE\", name: \"x\", kind: BUREAU, parentCode: \"NOPE\" }"),
            ["renameDepartment"] = new(ReferenceKeepers, "{ code: \"NOPE\", version: 1, name: \"x\" }"),
            ["moveDepartment"] = new(ReferenceKeepers, "{ code: \"NOPE\", version: 1 }"),
            ["dissolveDepartment"] = new(ReferenceKeepers, "{ code: \"NOPE\", version: 1, on: \"2027-01-01\" }"),
            ["openProgramme"] = new(ReferenceKeepers, "{ code: \"NOPE\", name: \"x\", leadDepartmentCode: \"NOPE\" }"),
            ["reviseProgramme"] = new(ReferenceKeepers, "{ code: \"NOPE\", version: 1 }"),
            ["setProgrammeTarget"] = new(ReferenceKeepers, "{ programmeCode: \"NOPE\", year: 2027, unit: \"x\", quantity: 1 }"),
        },
    };
}
