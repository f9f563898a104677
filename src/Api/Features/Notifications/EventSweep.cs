using InfoGov.Api.Engine.Common;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Integration;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Notifications;

/// <summary>
/// Raises the events that time causes rather than a mutation: a sharing request left unanswered past
/// its due date, a grant ending within the notice period, a catalog entry's data past its update cycle. Each is raised once (once per end date for a
/// grant, so a renewed grant is announced again before its new end), by a unique key in the outbox.
/// </summary>
public static class EventSweep
{
    public static async Task RunAsync(IServiceScopeFactory scopes, Clock clock, NotificationOptions options, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        var today = clock.Today;
        var noticeUntil = today.AddDays(options.GrantExpiryNoticeDays);

        var overdue = await (from r in db.SharingRequests.AsNoTracking()
                             join d in db.DataResources.AsNoTracking() on r.ResourceId equals d.Id
                             where r.Status == SharingRequestStatus.Pending && r.AnswerDueOn < today
                             select new { r.Id, r.ResourceId, r.RequesterDepartmentId, d.ProviderDepartmentId }).ToListAsync(cancellationToken);
        var expiring = await (from g in db.SharingGrants.AsNoTracking()
                              join d in db.DataResources.AsNoTracking() on g.ResourceId equals d.Id
                              where g.RevokedAt == null && g.ValidUntil >= today && g.ValidUntil <= noticeUntil
                              select new { g.Id, g.ResourceId, g.GranteeDepartmentId, g.ValidUntil, d.ProviderDepartmentId }).ToListAsync(cancellationToken);

        // Entries whose data went past its update cycle: once per last refresh (a refresh and a new lapse announce again).
        var stale = (await db.DataResources.AsNoTracking().Where(r => r.Status == CatalogStatus.Published && r.LastUpdatedOn != null)
                .Select(r => new { r.Id, r.ProviderDepartmentId, r.UpdateCycle, r.LastUpdatedOn }).ToListAsync(cancellationToken))
            .Where(r => DataFreshness.IsStale(r.UpdateCycle, r.LastUpdatedOn, today)).ToList();

        var candidates = overdue.Select(r => OutboxMessage.Of(
                new DomainEvent(EventKind.SharingRequestOverdue, nameof(SharingRequest), r.Id, ResourceId: r.ResourceId, DepartmentId: r.RequesterDepartmentId),
                r.ProviderDepartmentId, clock.Now, $"{EventKind.SharingRequestOverdue}:{r.Id}"))
            .Concat(expiring.Select(g => OutboxMessage.Of(
                new DomainEvent(EventKind.GrantExpiring, nameof(SharingGrant), g.Id, ResourceId: g.ResourceId, DepartmentId: g.GranteeDepartmentId),
                g.ProviderDepartmentId, clock.Now, $"{EventKind.GrantExpiring}:{g.Id}:{g.ValidUntil:yyyyMMdd}")))
            .Concat(stale.Select(r => OutboxMessage.Of(
                new DomainEvent(EventKind.DataResourceStale, nameof(DataResource), r.Id, ResourceId: r.Id, DepartmentId: r.ProviderDepartmentId),
                r.ProviderDepartmentId, clock.Now, $"{EventKind.DataResourceStale}:{r.Id}:{r.LastUpdatedOn:yyyyMMdd}")))
            .ToList();
        if (candidates.Count == 0) return;
        var keys = candidates.Select(c => c.DeduplicationKey!).ToList();
        var raised = (await db.OutboxMessages.Where(m => keys.Contains(m.DeduplicationKey!)).Select(m => m.DeduplicationKey!).ToListAsync(cancellationToken)).ToHashSet();
        var fresh = candidates.Where(c => !raised.Contains(c.DeduplicationKey!)).ToList();
        if (fresh.Count == 0) return;
        db.OutboxMessages.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance raised the same events in between: its unique keys won, nothing is lost.
        }
    }
}
