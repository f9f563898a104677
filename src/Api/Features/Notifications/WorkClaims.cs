namespace InfoGov.Api.Features.Notifications;

/// <summary>
/// How background work is done once when several instances run it: a pass reads candidate rows, claims them with one
/// conditional update (only rows nobody holds, or whose claim has lapsed), and works on what it won. Two instances
/// never take the same outbox message or webhook delivery; a row claimed by an instance that died is taken again
/// once <see cref="Lease"/> has passed.
/// </summary>
public static class WorkClaims
{
    /// <summary>How long a claim holds: far longer than a pass takes (a batch of webhook calls with their timeouts).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
}
