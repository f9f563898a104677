namespace InfoGov.Domain.Projects;

/// <summary>Where a change request stands; only the office's approval makes it take effect.</summary>
public enum ChangeRequestStatus
{
    Pending,
    Approved,
    Refused,
}
