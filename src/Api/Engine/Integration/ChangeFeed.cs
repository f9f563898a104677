using GraphQL.Types;
using InfoGov.Api.Engine.Relay;
using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;
using InfoGov.Infrastructure.Persistence;
using InfoGov.Infrastructure.Persistence.History;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Engine.Integration;

/// <summary>
/// Writes the change feed in the mutation's own transaction: one record per object of a node type
/// the mutation added, changed, deleted or withdrew, numbered after the feed's last number. The
/// number is raised with an UPDATE of the one sequence row, which the database holds locked until
/// the transaction ends, so numbers are handed out in commit order on every provider, and a rolled
/// back mutation leaves no record.
/// </summary>
public static class ChangeFeed
{
    public static async Task RecordAsync(InfoGovDbContext db, ISchema schema, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nodeTypes = NodeQueries.TypeNamesOf(schema);
        db.ChangeTracker.DetectChanges();
        var changes = db.ChangeTracker.Entries<Entity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, Type: nodeTypes.GetValueOrDefault(e.Entity.GetType())))
            .Where(e => e.Type is not null and not "AuditEntry")
            .Select(e => (Type: e.Type!, e.Entry.Entity.Id,
                Kind: e.Entry.State == EntityState.Deleted || e.Entry.Entity is IWithdrawable { IsWithdrawn: true } ? FeedEntryKind.Removed : FeedEntryKind.Changed,
                Prior: e.Entry.State == EntityState.Added ? null : EntitySnapshot.Capture(e.Entry, original: true)))
            .DistinctBy(c => (c.Type, c.Id)).OrderBy(c => c.Type, StringComparer.Ordinal).ThenBy(c => c.Id).ToList();
        if (changes.Count == 0) return;

        var count = changes.Count;
        await db.ChangeSequences.Where(s => s.Id == ChangeSequence.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + count), cancellationToken);
        var last = await db.ChangeSequences.Where(s => s.Id == ChangeSequence.SingletonId).Select(s => s.Value).SingleAsync(cancellationToken);
        db.ChangeRecords.AddRange(changes.Select((c, i) => new ChangeRecord
        {
            Sequence = last - count + 1 + i,
            EntityType = c.Type,
            EntityId = c.Id,
            Kind = c.Kind,
            At = now,
            PriorState = c.Prior,
        }));
    }
}
