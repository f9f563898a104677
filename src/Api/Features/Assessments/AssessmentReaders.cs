using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Assessments;

namespace InfoGov.Api.Features.Assessments;

/// <summary>The readers of DOMAIN.md section 7 that only this feature's declarations use; the ones several
/// features share are in <see cref="Readers"/>.</summary>
public static class AssessmentReaders
{
    /// <summary>Assessment results: the office and the assessed department's leader; once published,
    /// government users and dashboards.</summary>
    public static readonly Access AssessmentResults = Access.Roles(Roles.CommitteeOffice)
        .InOwnDepartment(Roles.DepartmentLeader)
        .When<Assessment>("the assessment is published", a => a.IsPublished, Readers.GovernmentAndDashboards);
}
