using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.Leadership;

/// <summary>Who may read and change what in this feature: DOMAIN.md section 7 written out for the tests (see
/// <see cref="AccessPolicy"/>, which gathers every feature's rules for the access matrix).</summary>
public static class LeadershipAccessPolicy
{
    /// <summary>Officials are appointed and their appointments ended by the platform administrators and the office.</summary>
    private static readonly Rule Appointers = new(false, [Roles.CommitteeOffice, Roles.Admin], []);

    public static readonly FeatureAccess Rules = new()
    {
        NodeTypes = new()
        {
            ["Official"] = new(Government, Government, Fields((ContactDetails, ["phone", "email"]))),
            ["ResponsibilityAssignment"] = new(Government, Government),
            ["Delegation"] = new(Government, Government),
            ["FulfilmentRecord"] = new(Government, Government),
        },
        Query = new()
        {
            ["dutiesLackingEvidence"] = Government,
        },
        Mutation = new()
        {
            ["assignResponsibility"] = new(ResponsibilityKeepers, "{ departmentCode: \"NOPE\", kind: STAFF_TRAINING, holderId: \"bm9wZQ==\", validFrom: \"2027-01-01\" }"),
            ["delegateResponsibility"] = new(ResponsibilityKeepers, "{ assignmentId: \"bm9wZQ==\", delegateId: \"bm9wZQ==\", scope: \"x\", validFrom: \"2027-01-01\", validTo: \"2027-02-01\" }"),
            ["revokeDelegation"] = new(ResponsibilityKeepers, "{ delegationId: \"bm9wZQ==\", version: 1 }"),
            ["appointOfficial"] = new(Appointers, "{ departmentCode: \"NOPE\", name: \"x\", position: \"x\", post: STAFF, appointedOn: \"2027-01-01\" }"),
            ["endAppointment"] = new(Appointers, "{ officialId: \"bm9wZQ==\", version: 1, endedOn: \"2027-01-01\" }"),
            ["recordFulfilment"] = new(ResponsibilityKeepers, "{ assignmentId: \"bm9wZQ==\", summary: \"x\", fulfilledOn: \"2026-11-01\", evidenceReference: \"x\" }"),
        },
    };
}
