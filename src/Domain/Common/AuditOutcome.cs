namespace InfoGov.Domain.Common;

/// <summary>Whether an audited action took effect.</summary>
public enum AuditOutcome
{
    Succeeded,
    Refused,
}
