using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.Import;

/// <summary>Who may read and change what in this feature: DOMAIN.md section 7 written out for the tests (see
/// <see cref="AccessPolicy"/>, which gathers every feature's rules for the access matrix).</summary>
public static class ImportAccessPolicy
{
    /// <summary>Reference data and registers are imported by the platform administrators and the office.</summary>
    private static readonly Rule Importers = new(false, [Roles.CommitteeOffice, Roles.Admin], []);

    public static readonly FeatureAccess Rules = new()
    {
        CoveredElsewhere = new()
        {
            ["ImportReport"] = "importSpreadsheet's payload (importers only, as the mutation): CityAdoptionTests",
            ["ImportRowError"] = "importSpreadsheet's payload: CityAdoptionTests",
        },
        Mutation = new()
        {
            // No file part: refused in the payload (VALIDATION), so the matrix imports nothing.
            ["importSpreadsheet"] = new(Importers, "{ kind: EXPERTS, file: null }"),
        },
    };
}
