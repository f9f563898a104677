namespace InfoGov.Domain.Projects;

/// <summary>A review panel's (or one expert's) recommendation.</summary>
public enum ReviewConclusion
{
    Approve,
    ApproveWithConditions,
    Revise,
    Reject,
}
