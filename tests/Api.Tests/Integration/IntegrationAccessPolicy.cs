using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.Integration;

/// <summary>Who may read and change what in this feature: DOMAIN.md section 7 written out for the tests (see
/// <see cref="AccessPolicy"/>, which gathers every feature's rules for the access matrix).</summary>
public static class IntegrationAccessPolicy
{
    public static readonly FeatureAccess Rules = new()
    {
        NodeTypes = new()
        {
            ["TrustedDocument"] = new(Administrators, Administrators),
        },
        Query = new()
        {
            ["trustedDocuments"] = Administrators,
            ["changes"] = Syncing,
        },
        Mutation = new()
        {
            ["registerTrustedDocument"] = new(Administrators, "{ name: \"x\", ownerApp: \"x\", document: \"{\" }"),
            ["registerTrustedDocumentManifest"] = new(Administrators, "{ ownerApp: \"x\", manifest: \"{\" }"),
            ["removeTrustedDocument"] = new(Administrators, "{ id: \"VHJ1c3RlZERvY3VtZW50OjA=\" }"),
        },
    };
}
