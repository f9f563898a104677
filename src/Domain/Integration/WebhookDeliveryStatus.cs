namespace InfoGov.Domain.Integration;

/// <summary>Where a delivery stands.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>Not yet accepted by the receiver; another attempt is due at NextAttemptAt.</summary>
    Pending,
    /// <summary>The receiver answered 2xx.</summary>
    Delivered,
    /// <summary>Every attempt failed; no more are made.</summary>
    Failed,
}
