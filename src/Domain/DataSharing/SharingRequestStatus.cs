namespace InfoGov.Domain.DataSharing;

/// <summary>Where a sharing request stands.</summary>
public enum SharingRequestStatus
{
    Pending,
    Approved,
    Refused,
    /// <summary>Unanswered past its due date and passed to the office.</summary>
    Escalated,
    Withdrawn,
}
