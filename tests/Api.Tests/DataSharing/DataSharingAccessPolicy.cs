using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.DataSharing;

/// <summary>Who may read and change what in this feature: DOMAIN.md section 7 written out for the tests (see
/// <see cref="AccessPolicy"/>, which gathers every feature's rules for the access matrix).</summary>
public static class DataSharingAccessPolicy
{
    /// <summary>Quality issues: government users, and the exchange systems of the provider and the reporter.</summary>
    private static readonly Rule QualityIssues = new(false, [.. Gov], [Roles.DataExchange]);

    public static readonly FeatureAccess Rules = new()
    {
        NodeTypes = new()
        {
            ["DataResource"] = new(Anyone, Government, Fields(
                (Anyone, ["id", "code", "name", "nameEn", "summary", "classification", "format", "updateCycle", "sharingType", "openType", "delivery", "provider", "status", "lastUpdatedOn", "nextUpdateDueOn", "isStale"]),
                (CatalogItems, ["items", "jsonSchema"]), (SharingGrants, ["grants"]), (Government, ["qualityIssues"]), (AccessLogs, ["accessLog", "accessLogIntegrity"]))),
            ["DataItem"] = new(CatalogItems, CatalogItems),
            ["SharingRequest"] = new(Government, Government, Fields((SharingGrants, ["grant"]))),
            ["SharingGrant"] = new(SharingGrants, SharingGrants, Fields((AccessLogs, ["accessLog"]), (Government, ["request"]))),
            ["DataAccessLogEntry"] = new(AccessLogs, AccessLogs, Fields((SharingGrants, ["grant"]))),
            ["DataDispute"] = new(Government, Government),
            ["DataQualityIssue"] = new(QualityIssues, QualityIssues),
            ["DataNeed"] = new(Government, Government),
        },
        Query = new()
        {
            ["dataResources"] = Anyone,
            ["dataResource"] = Anyone,
            ["sharingRequests"] = Government,
            ["dataDisputes"] = Government,
            // Role level: each of these reaches the list; it holds its own department's grants only.
            ["myGrants"] = new(false, [Roles.CommitteeOffice, Roles.DataSteward, Roles.InformationManager, Roles.DepartmentLeader, Roles.DataExchange], []),
            ["allowedOperations"] = CatalogItems,
            ["dataQualityIssues"] = Government,
            ["dataNeeds"] = Government,
        },
        CoveredElsewhere = new()
        {
            // The caller's own department's entitlements, root-only: covered by SharingEntitlementTests.
            ["AllowedOperations"] = "SharingEntitlementTests",
            // A value of Department.sharingEvaluation(year:) (government users, as the field): covered by DataNeedTests.
            ["SharingEvaluation"] = "DataNeedTests",
        },
        Mutation = new()
        {
            ["submitSharingRequest"] = new(SharingRequesters, "{ resourceCode: \"NOPE\", purpose: \"x\", legalBasis: \"x\", itemIds: [], periodFrom: \"2027-01-01\", periodUntil: \"2027-02-01\" }"),
            ["decideSharingRequest"] = new(SharingDeciders, "{ requestId: \"bm9wZQ==\", version: 1, approve: false, reason: \"x\" }"),
            ["withdrawSharingRequest"] = new(SharingRequesters, "{ requestId: \"bm9wZQ==\", version: 1 }"),
            ["escalateSharingRequest"] = new(Office, "{ requestId: \"bm9wZQ==\", version: 1 }"),
            ["revokeSharingGrant"] = new(SharingDeciders, "{ grantId: \"bm9wZQ==\", version: 1, reason: \"x\" }"),
            ["renewSharingGrant"] = new(SharingDeciders, "{ grantId: \"bm9wZQ==\", version: 1, validUntil: \"2030-01-01\" }"),
            ["recordDataAccess"] = new(DataAccessors, "{ resourceCode: \"NOPE\", itemIds: [], purpose: \"x\" }"),
            ["registerDataResource"] = new(CatalogKeepers, "{ code: \"\", name: \"x\", summary: \"x\", classification: THEMATIC, format: \"CSV\", updateCycle: DAILY, delivery: API, sharingType: UNCONDITIONAL, openType: OPEN, items: [] }"),
            ["updateDataResource"] = new(CatalogKeepers, "{ id: \"bm9wZQ==\", version: 1 }"),
            ["publishDataResource"] = new(CatalogKeepers, "{ id: \"bm9wZQ==\", version: 1 }"),
            ["retireDataResource"] = new(CatalogKeepers, "{ id: \"bm9wZQ==\", version: 1 }"),
            ["raiseDataDispute"] = new(DataAccessors, "{ resourceCode: \"NOPE\", recordReference: \"x\", description: \"x\" }"),
            ["answerDataDispute"] = new(CatalogKeepers, "{ disputeId: \"bm9wZQ==\", version: 1, answer: \"x\" }"),
            ["recordDataUpdate"] = new(CatalogKeepers, "{ resourceCode: \"NOPE\" }"),
            ["publishDataNeed"] = new(SharingRequesters, "{ title: \"x\", description: \"x\", purpose: \"x\", legalBasis: \"x\", neededBy: \"2000-01-01\" }"),
            ["routeDataNeed"] = new(Office, "{ needId: \"bm9wZQ==\", version: 1, providerCode: \"NOPE\" }"),
            ["answerDataNeed"] = new(CatalogKeepers, "{ needId: \"bm9wZQ==\", version: 1, reason: \"x\" }"),
            ["reportDataQualityIssue"] = new(DataAccessors, "{ resourceCode: \"NOPE\", kind: WRONG, description: \"x\", evidence: \"x\" }"),
            ["answerDataQualityIssue"] = new(CatalogKeepers, "{ issueId: \"bm9wZQ==\", version: 1, resolution: CORRECTED, answer: \"x\" }"),
            ["recordUsageFeedback"] = new(SharingRequesters, "{ requestId: \"bm9wZQ==\", version: 1, feedback: \"x\" }"),
        },
    };
}
