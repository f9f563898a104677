using InfoGov.Api.Engine.Common;

namespace InfoGov.Api.Features.Projects;

/// <summary>What the office decides on a reviewed application.</summary>
public enum ProjectDecisionKind
{
    Approve,
    Reject,
    ReturnForRevision,
}

public sealed class ProjectDecisionKindGraphType() : DescribedEnumGraphType<ProjectDecisionKind>(
    "What the office decides on a reviewed application.",
    new Dictionary<ProjectDecisionKind, string>
    {
        [ProjectDecisionKind.Approve] = "Approve: fixes the baseline. Major projects need the owning leader's approval first.",
        [ProjectDecisionKind.Reject] = "Reject, with a reason.",
        [ProjectDecisionKind.ReturnForRevision] = "Return to the department to revise and resubmit, with a reason.",
    });
