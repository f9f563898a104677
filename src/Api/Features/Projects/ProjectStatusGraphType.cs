using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ProjectStatusGraphType() : DescribedEnumGraphType<ProjectStatus>(
    "Where a project is in its lifecycle.",
    new Dictionary<ProjectStatus, string>
    {
        [ProjectStatus.Draft] = "Being prepared by the owning department; not yet submitted.",
        [ProjectStatus.Submitted] = "Submitted to the informatization office with its feasibility study.",
        [ProjectStatus.UnderReview] = "An expert panel is reviewing the application.",
        [ProjectStatus.ReturnedForRevision] = "Returned to the department to revise and resubmit.",
        [ProjectStatus.Rejected] = "Rejected; the project will not go ahead.",
        [ProjectStatus.Approved] = "Approved; the baseline (scope, budget, dates) is fixed.",
        [ProjectStatus.InImplementation] = "Being built; monthly progress reports are due.",
        [ProjectStatus.AcceptanceRequested] = "Complete; the department asked the office for acceptance.",
        [ProjectStatus.Accepted] = "Passed acceptance.",
        [ProjectStatus.Evaluated] = "Post-evaluated after stable operation.",
        [ProjectStatus.Cancelled] = "Cancelled before acceptance, with a reason.",
    });
