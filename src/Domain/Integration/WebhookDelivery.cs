using InfoGov.Domain.Common;

namespace InfoGov.Domain.Integration;

/// <summary>
/// One event for one webhook, and how its attempts went: the delivery log its owner reads. There is
/// one per webhook and event (unique), so an event is never queued twice; after a 2xx it is not sent
/// again. Failed attempts are retried with exponential backoff up to <see cref="MaxAttempts"/>.
/// </summary>
public sealed class WebhookDelivery : Entity
{
    public const int MaxAttempts = 8;
    public const int MaxErrorLength = 500;

    public required Guid WebhookId { get; init; }
    /// <summary>The outbox message: the event id receivers de-duplicate on.</summary>
    public required Guid EventId { get; init; }
    public required EventKind Kind { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public WebhookDeliveryStatus Status { get; private set; } = WebhookDeliveryStatus.Pending;
    public int Attempts { get; private set; }
    public required DateTimeOffset NextAttemptAt { get => _nextAttemptAt; init => _nextAttemptAt = value; }
    private DateTimeOffset _nextAttemptAt;
    public DateTimeOffset? LastAttemptAt { get; private set; }
    /// <summary>The receiver's HTTP status on the last attempt; null when it could not be reached.</summary>
    public int? LastResponseStatus { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    /// <summary>Which pass of which instance holds this row, and until when: set by a conditional update, so that of
    /// several instances exactly one takes it; a holder that dies leaves it to be taken again when the claim lapses.</summary>
    public Guid? ClaimedBy { get; private set; }
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>The holder is done with the row.</summary>
    public void ReleaseClaim()
    {
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    public static WebhookDelivery For(Webhook webhook, OutboxMessage message, DateTimeOffset at) => new()
    {
        WebhookId = webhook.Id,
        EventId = message.Id,
        Kind = message.Kind,
        CreatedAt = at,
        NextAttemptAt = at,
    };

    /// <summary>Records an attempt: a 2xx delivers; anything else schedules the next attempt after
    /// <paramref name="firstDelay"/> doubled per attempt made, or gives up after the last.</summary>
    public void RecordAttempt(DateTimeOffset at, int? responseStatus, string? error, TimeSpan firstDelay)
    {
        if (Status != WebhookDeliveryStatus.Pending) return;
        Attempts++;
        LastAttemptAt = at;
        LastResponseStatus = responseStatus;
        if (responseStatus is >= 200 and < 300)
        {
            Status = WebhookDeliveryStatus.Delivered;
            DeliveredAt = at;
            LastError = null;
            return;
        }
        LastError = (error ?? $"The receiver answered {responseStatus}.") is var text && text.Length > MaxErrorLength ? text[..MaxErrorLength] : text;
        if (Attempts >= MaxAttempts)
        {
            Status = WebhookDeliveryStatus.Failed;
            return;
        }
        _nextAttemptAt = at + firstDelay * Math.Pow(2, Attempts - 1);
    }
}
