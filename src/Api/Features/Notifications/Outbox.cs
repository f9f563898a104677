using InfoGov.Api.Engine.Events;
using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Notifications;

/// <summary>
/// Writes the events the mutation's domain methods raised into the outbox, in the mutation's own
/// transaction: they are published after the commit (see <see cref="OutboxDispatcher"/>), and never
/// for a change that was rolled back.
/// </summary>
public sealed class Outbox : IEventOutbox
{
    /// <returns>Whether anything was written (the dispatcher is woken after the commit only then).</returns>
    public async Task<bool> RecordAsync(InfoGovDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var raised = db.ChangeTracker.Entries<Entity>().SelectMany(e => e.Entity.TakeEvents()).ToList();
        if (raised.Count == 0) return false;
        // A sharing event concerns the resource's provider too, which the request itself does not name.
        var resourceIds = raised.Where(e => e.ResourceId is not null).Select(e => e.ResourceId!.Value).Distinct().ToList();
        var providers = resourceIds.Count == 0
            ? new Dictionary<Guid, Guid>()
            : await db.DataResources.AsNoTracking().Where(r => resourceIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.ProviderDepartmentId, cancellationToken);
        db.OutboxMessages.AddRange(raised.Select(e =>
            OutboxMessage.Of(e, e.ResourceId is { } resource ? providers.GetValueOrDefault(resource) : null, now)));
        return true;
    }
}
