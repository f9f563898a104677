namespace InfoGov.Domain.Projects;

/// <summary>Where a project is in its lifecycle (DOMAIN.md section 3).</summary>
public enum ProjectStatus
{
    Draft,
    Submitted,
    UnderReview,
    ReturnedForRevision,
    Rejected,
    Approved,
    InImplementation,
    AcceptanceRequested,
    Accepted,
    Evaluated,
    Cancelled,
}
