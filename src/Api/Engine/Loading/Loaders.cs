using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL.DataLoader;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Common;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Engine.Loading;

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
        Loader<Guid, T, Loaders>(LoaderNames<T>.ById, this, static async (loaders, ids, ct) =>
            await loaders.Visible<T>().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct)).Load(id)!;

    /// <summary>An entity by id whatever the caller may see: for access checks, never for output.</summary>
    public IDataLoaderResult<T?> ByIdForAccessCheck<T>(Guid id) where T : Entity =>
        Loader<Guid, T, InfoGovDbContext>(LoaderNames<T>.ByIdUnfiltered, db, static async (db, ids, ct) =>
            await db.Set<T>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct)).Load(id)!;

    private static class LoaderNames<T>
    {
        public static readonly string ById = $"{typeof(T).Name}.Id";
        public static readonly string ByIdUnfiltered = $"{typeof(T).Name}.Id.Unfiltered";
    }

    public IDataLoaderResult<T?> ById<T>(Guid? id) where T : Entity =>
        id is { } value ? ById<T>(value) : LoaderResults.Known<T?>(null);

    /// <summary>All <typeparamref name="T"/> whose foreign key <paramref name="foreignKey"/> (a Guid or
    /// Guid? property, given with nameof) is <paramref name="parentId"/>, ordered in memory by <paramref name="order"/>.</summary>
    // Named, not given as an expression: an expression argument is built anew by every call, and this
    // runs for every parent of every nested list. The order is applied per call, not in the shared
    // fetch: two fields may load the same children in different orders within one request.
    public IDataLoaderResult<IReadOnlyList<T>> Children<T>(
        string foreignKey, Guid parentId, Func<IEnumerable<T>, IEnumerable<T>>? order = null) where T : class
    {
        var key = ForeignKey<T>.Named(foreignKey);
        var loader = (BatchLoader<Guid, IReadOnlyList<T>>)_loaders.GetOrAdd(key.LoaderName, static (_, state) =>
            new BatchLoader<Guid, IReadOnlyList<T>>(async (ids, ct) =>
            {
                var (loaders, key) = state;
                // Sent as one parameter, so every batch shares one cached query plan instead of one per set of ids.
                var idList = QueryParameter.Of(ids, typeof(IReadOnlyList<Guid>));
                var rows = await loaders.Visible<T>().Where(Expression.Lambda<Func<T, bool>>(Expression.Call(ContainsGuid, idList, key.Body), key.Parameter)).ToListAsync(ct);
                return rows.GroupBy(key.Compiled).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList());
            }), (Loaders: this, Key: key));
        var children = loader.Load(parentId);
        return order is null ? children.Then(NoneIfMissing<T>.Instance) : children.Then(list => (IReadOnlyList<T>)order(list ?? []).ToList());
    }

    private static readonly System.Reflection.MethodInfo ContainsGuid =
        typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(Guid));

    private static class NoneIfMissing<T>
    {
        public static readonly Func<IReadOnlyList<T>?, IReadOnlyList<T>> Instance = list => list ?? [];
    }

    /// <summary>A foreign key of <typeparamref name="TEntity"/> as the loaders use it, built once per property.</summary>
    private sealed class ForeignKey<TEntity>
    {
        private static readonly ConcurrentDictionary<string, ForeignKey<TEntity>> ByName = new();

        private ForeignKey(string property)
        {
            Parameter = Expression.Parameter(typeof(TEntity), "e");
            var member = Expression.Property(Parameter, property);
            // A nullable key is compared by its value: rows without one belong to no parent.
            Body = member.Type == typeof(Guid?) ? Expression.Property(member, nameof(Nullable<Guid>.Value)) : member;
            if (Body.Type != typeof(Guid)) throw new ArgumentException($"{typeof(TEntity).Name}.{property} is not a Guid.");
            Compiled = Expression.Lambda<Func<TEntity, Guid>>(Body, Parameter).Compile();
            LoaderName = $"{typeof(TEntity).Name}.{property}";
        }

        public static ForeignKey<TEntity> Named(string property) => ByName.GetOrAdd(property, static p => new ForeignKey<TEntity>(p));

        public ParameterExpression Parameter { get; }
        public Expression Body { get; }
        public Func<TEntity, Guid> Compiled { get; }
        public string LoaderName { get; }
    }

    /// <summary>A loader with a fetch of its own (joins, aggregates, latest-of-group).</summary>
    public IDataLoaderResult<TValue?> Custom<TKey, TValue>(
        string name, TKey key, Func<InfoGovDbContext, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        Loader<TKey, TValue, InfoGovDbContext>(name, db, fetch).Load(key);

    // The request's loader of this name, made on first use. Its fetch gets its state as an argument,
    // so that asking for a key (once per parent object) allocates no closure.
    private BatchLoader<TKey, TValue> Loader<TKey, TValue, TState>(
        string name, TState state, Func<TState, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch) where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, static (_, made) =>
            new BatchLoader<TKey, TValue>((keys, ct) => made.Fetch(made.State, keys, ct)), (State: state, Fetch: fetch));
}
