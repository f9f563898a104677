using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InfoGov.Infrastructure.Persistence.History;

/// <summary>
/// Keeps the history of entities that declare <see cref="IKeepsHistory"/>: on every save that adds or
/// changes one, the state it had ends now and its new state begins; a deletion ends it. The versions are
/// saved by the same SaveChanges, in the same transaction, on every provider (and every save path:
/// mutations, seeding, background work). A row that existed before history was kept gets its prior
/// state recorded when it first changes, from <see cref="HistoricalVersion.BeforeHistory"/>.
/// </summary>
public sealed class HistoryInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is InfoGovDbContext db) RecordAsync(db, sync: true, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is InfoGovDbContext db) await RecordAsync(db, sync: false, cancellationToken);
        return result;
    }

    private async Task RecordAsync(InfoGovDbContext db, bool sync, CancellationToken cancellationToken)
    {
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.Entity is IKeepsHistory && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (entries.Count == 0) return;
        var now = time.GetUtcNow();
        var ids = entries.Where(e => e.State != EntityState.Added).Select(e => ((Entity)e.Entity).Id).ToList();
        var open = new Dictionary<Guid, HistoricalVersion>();
        if (ids.Count > 0)
        {
            var query = db.HistoricalVersions.Where(v => ids.Contains(v.EntityId) && v.ValidTo == null);
            foreach (var version in sync ? query.ToList() : await query.ToListAsync(cancellationToken)) open[version.EntityId] = version;
        }
        foreach (var entry in entries)
        {
            var id = ((Entity)entry.Entity).Id;
            var type = entry.Metadata.ClrType.Name;
            if (open.TryGetValue(id, out var current)) current.End(now);
            else if (entry.State != EntityState.Added)
                db.HistoricalVersions.Add(new HistoricalVersion { EntityType = type, EntityId = id, ValidFrom = HistoricalVersion.BeforeHistory, State = EntitySnapshot.Capture(entry, original: true) }.Ended(now));
            if (entry.State != EntityState.Deleted)
                db.HistoricalVersions.Add(new HistoricalVersion { EntityType = type, EntityId = id, ValidFrom = now, State = EntitySnapshot.Capture(entry) });
        }
    }
}
