using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Notifications;

/// <summary>
/// How background work is done once when several instances run it: a pass reads candidate rows, claims them with one
/// conditional update (only rows nobody holds, or whose claim has lapsed), and works on what it won. Two instances
/// never take the same outbox message or webhook delivery; a row claimed by an instance that died is taken again
/// once <see cref="NotificationOptions.ClaimLease"/> has passed, and one that stops releases what it still holds.
/// </summary>
public static class WorkClaims
{
    /// <summary>On shutdown: gives back the rows the interrupted pass <paramref name="claim"/> still holds (those it
    /// finished carry no claim any more), so that another instance takes them now rather than when the lease lapses.</summary>
    public static async Task ReleaseAsync(IServiceScopeFactory scopes, Guid? claim, ILogger logger)
    {
        if (claim is not { } held) return;
        try
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
            await db.OutboxMessages.Where(m => m.ClaimedBy == held)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, (Guid?)null).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), patience.Token);
            await db.WebhookDeliveries.Where(d => d.ClaimedBy == held)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedBy, (Guid?)null).SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null), patience.Token);
        }
        catch (Exception e)
        {
            // The claim lapses by itself; this was only to hand the work over sooner.
            logger.LogWarning(e, "Claims of the stopped pass were not released; they lapse by themselves");
        }
    }
}
