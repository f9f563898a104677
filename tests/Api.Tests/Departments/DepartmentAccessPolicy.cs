using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.Departments;

/// <summary>Who may read and change what in this feature: DOMAIN.md section 7 written out for the tests (see
/// <see cref="AccessPolicy"/>, which gathers every feature's rules for the access matrix).</summary>
public static class DepartmentAccessPolicy
{
    public static readonly FeatureAccess Rules = new()
    {
        NodeTypes = new()
        {
            ["Department"] = new(Anyone, Government, Fields(
                (Anyone, ["id", "code", "name", "nameEn", "kind", "parent", "children", "projects", "programmesLed", "dataResources"]),
                (GovernmentAndDashboards, ["assessments"]), (SharingGrants, ["grantsReceived"]))),
            ["Programme"] = new(Anyone, Anyone),
        },
        Query = new()
        {
            ["departments"] = Anyone,
            ["department"] = Anyone,
            ["programmes"] = Anyone,
            ["programme"] = Anyone,
        },
    };
}
