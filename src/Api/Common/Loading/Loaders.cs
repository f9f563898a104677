using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL.DataLoader;
using InfoGov.Api.Authentication;
using InfoGov.Api.Authorization;
using InfoGov.Domain.Common;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Common.Loading;

/// <summary>
/// The request's batch loaders. Every reference and nested list in the schema is loaded through
/// here, so the number of SQL statements a request issues depends on the shape of the query, not
/// on the number of rows returned. One instance per request (scoped), sharing the request's
/// DbContext; queries run with the serial strategy, so the context is never used concurrently.
/// </summary>
public sealed class Loaders(InfoGovDbContext db, IHttpContextAccessor http, AccessTokenOptions identity)
{
    private Caller? _caller;

    /// <summary>The caller of this request; lists and references show only the rows it may see.</summary>
    public Caller Caller => _caller ??= Caller.From(http.HttpContext?.User, identity.DepartmentClaim);

    /// <summary>The rows of <typeparamref name="T"/> this request's caller sees.</summary>
    public IQueryable<T> Visible<T>() where T : class => db.Set<T>().AsNoTracking().VisibleTo(Caller, db);

    private readonly ConcurrentDictionary<string, object> _loaders = new();

    public InfoGovDbContext Db => db;

    /// <summary>An entity by id, or null.</summary>
    public IDataLoaderResult<T?> ById<T>(Guid id) where T : Entity =>
        Loader<Guid, T>($"{typeof(T).Name}.Id", async (ids, ct) =>
            await Visible<T>().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct)).Load(id)!;

    /// <summary>An entity by id whatever the caller may see: for access checks, never for output.</summary>
    public IDataLoaderResult<T?> ByIdForAccessCheck<T>(Guid id) where T : Entity =>
        Loader<Guid, T>($"{typeof(T).Name}.Id.Unfiltered", async (ids, ct) =>
            await db.Set<T>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct)).Load(id)!;

    public IDataLoaderResult<T?> ById<T>(Guid? id) where T : Entity =>
        id is { } value ? ById<T>(value) : LoaderResults.Known<T?>(null);

    /// <summary>All <typeparamref name="T"/> whose foreign key <paramref name="foreignKey"/> is
    /// <paramref name="parentId"/>, ordered in memory by <paramref name="order"/>.</summary>
    public IDataLoaderResult<IReadOnlyList<T>> Children<T>(
        Expression<Func<T, Guid>> foreignKey, Guid parentId, Func<IEnumerable<T>, IEnumerable<T>>? order = null) where T : class
    {
        var name = $"{typeof(T).Name}.{MemberName(foreignKey.Body)}";
        return Loader<Guid, IReadOnlyList<T>>(name, async (ids, ct) =>
        {
            // Compiled once per process and loader, not per call: compiling emits a method each time.
            var key = (Func<T, Guid>)CompiledKeys.GetOrAdd(name, _ => foreignKey.Compile());
            var parameter = foreignKey.Parameters[0];
            // Sent as one parameter, so every batch shares one cached query plan instead of one per set of ids.
            var idList = QueryParameter.Of(ids, typeof(IReadOnlyList<Guid>));
            var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], idList, foreignKey.Body);
            var rows = await Visible<T>().Where(Expression.Lambda<Func<T, bool>>(contains, parameter)).ToListAsync(ct);
            return rows.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)(order is null ? g : order(g)).ToList());
        }).Load(parentId).Then(list => list ?? []);
    }

    private static readonly ConcurrentDictionary<string, Delegate> CompiledKeys = new();

    // "p => p.ParentId!.Value" names the loader after ParentId, not after Nullable.Value.
    private static string MemberName(Expression body) => body switch
    {
        MemberExpression { Member.Name: "Value", Expression: MemberExpression inner } => inner.Member.Name,
        MemberExpression member => member.Member.Name,
        UnaryExpression unary => MemberName(unary.Operand),
        _ => throw new ArgumentException($"Expected a property access, got {body}."),
    };

    /// <summary>A loader with a fetch of its own (joins, aggregates, latest-of-group).</summary>
    public IDataLoaderResult<TValue?> Custom<TKey, TValue>(
        string name, TKey key, Func<InfoGovDbContext, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        Loader<TKey, TValue>(name, (keys, ct) => fetch(db, keys, ct)).Load(key);

    private BatchLoader<TKey, TValue> Loader<TKey, TValue>(
        string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch) where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch));

    private BatchLoader<TKey, TValue> Loader<TKey, TValue>(
        string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch) where TKey : notnull =>
        Loader<TKey, TValue>(name, async (keys, ct) => (IReadOnlyDictionary<TKey, TValue>)await fetch(keys, ct));
}
