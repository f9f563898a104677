namespace InfoGov.Domain.Operations;

/// <summary>Where an information system stands.</summary>
public enum SystemStatus
{
    InOperation,
    Suspended,
    Retired,
}
