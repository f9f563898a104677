using System.ComponentModel.DataAnnotations;
namespace InfoGov.Api.Features.Notifications;

/// <summary>Configuration section <c>Notifications</c>: how the outbox is dispatched and swept.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>How often the dispatcher looks for committed events nobody woke it for (another
    /// instance's, or left by a stop between commit and publication).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often overdue sharing requests and expiring grants are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often every project's colour is computed to announce the changes days passing cause
    /// (a report, a decision or a status change is checked within a second of its commit anyway).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00")]
    public TimeSpan ColourSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an instance's claim on outbox messages or webhook deliveries holds (<see cref="WorkClaims"/>):
    /// far longer than a pass takes, as a batch of webhook calls with their timeouts. Work claimed by an instance
    /// that died is taken over by another once it lapses; one that stops releases its claims at once.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A grant ending within this many days raises <c>GRANT_EXPIRING</c> (once per end date).</summary>
    [Range(1, 365)]
    public int GrantExpiryNoticeDays { get; set; } = 14;
}
