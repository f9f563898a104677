using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.Assessments;

/// <summary>Who may read and change what in this feature: DOMAIN.md section 7 written out for the tests (see
/// <see cref="AccessPolicy"/>, which gathers every feature's rules for the access matrix).</summary>
public static class AssessmentAccessPolicy
{
    public static readonly FeatureAccess Rules = new()
    {
        NodeTypes = new()
        {
            ["Assessment"] = new(GovernmentAndDashboards, GovernmentAndDashboards, Fields((AssessmentResults, ["score", "rank", "grade", "indicators"]), (Government, ["notices"]))),
            ["IndicatorResult"] = new(GovernmentAndDashboards, GovernmentAndDashboards),
        },
        Query = new()
        {
            ["assessments"] = GovernmentAndDashboards,
        },
        Mutation = new()
        {
            ["runAssessment"] = new(Office, "{ year: 1999 }"),
            ["scoreIndicator"] = new(Office, "{ indicatorId: \"bm9wZQ==\", actual: 0.5 }"),
            ["publishAssessments"] = new(Office, "{ year: 1999 }"),
        },
    };
}
