using System.Reflection;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;
using InfoGov.Infrastructure.Persistence.History;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Integration;

/// <summary>
/// Which entries of the change feed a caller sees: only entries of the types the caller may read at
/// all (decided in SQL), and of those only the objects the caller may read now (shown as changed) or
/// could read just before the entry's change (shown as removed: a tombstone). An object that was
/// never readable to the caller leaves no trace in the feed: not its type, id, nor when it changed.
/// </summary>
public static class FeedVisibility
{
    /// <summary>The node types whose objects the caller may read at all.</summary>
    public static IReadOnlyCollection<string> ReadableTypes(ISchema schema, Caller caller) =>
        NodeQueries.TypeNamesOf(schema).Values
            .Where(name => schema.AllTypes[name] is IObjectGraphType type && type.AccessOf() is { } access && access.Admits(caller))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The entries of <paramref name="batch"/> the caller sees, in order.</summary>
    public static async Task<List<ChangeRecord>> VisibleAsync(Loaders loaders, ISchema schema, IReadOnlyList<ChangeRecord> batch, CancellationToken ct)
    {
        var clrOf = NodeQueries.TypeNamesOf(schema).ToDictionary(t => t.Value, t => t.Key, StringComparer.Ordinal);
        var readableNow = new HashSet<Guid>();
        foreach (var group in batch.Where(c => c.Kind == FeedEntryKind.Changed).GroupBy(c => c.EntityType))
        {
            if (!clrOf.TryGetValue(group.Key, out var clr)) continue;
            var ids = group.Select(c => c.EntityId).Distinct().ToList();
            var task = (Task<List<Guid>>)VisibleIdsMethod.MakeGenericMethod(clr).Invoke(null, [loaders, ids, ct])!;
            readableNow.UnionWith(await task);
        }
        var visible = new List<ChangeRecord>(batch.Count);
        foreach (var change in batch)
        {
            if (change.Kind == FeedEntryKind.Changed && readableNow.Contains(change.EntityId)) visible.Add(change);
            else if (change.PriorState is { } prior)
            {
                if (clrOf.TryGetValue(change.EntityType, out var clr) && (bool)ReadableThenMethod.MakeGenericMethod(clr).Invoke(null, [loaders, prior])!) visible.Add(change);
            }
            // A removal recorded before prior states were kept: shown to every caller of its type, as it was.
            else if (change.Kind == FeedEntryKind.Removed) visible.Add(change);
        }
        return visible;
    }

    private static readonly MethodInfo VisibleIdsMethod = typeof(FeedVisibility).GetMethod(nameof(VisibleIdsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ReadableThenMethod = typeof(FeedVisibility).GetMethod(nameof(ReadableThen), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<List<Guid>> VisibleIdsAsync<T>(Loaders loaders, List<Guid> ids, CancellationToken ct) where T : Entity =>
        loaders.Visible<T>().Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct);

    // The row rule applied to the object as it stood before the change, in memory.
    private static bool ReadableThen<T>(Loaders loaders, string state) where T : Entity
    {
        var then = EntitySnapshot.Restore<T>(loaders.Db, state);
        return new[] { then }.AsQueryable().VisibleTo(loaders.Caller, loaders.Db).Any();
    }
}
