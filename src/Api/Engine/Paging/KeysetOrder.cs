using System.Collections.Concurrent;
using System.Linq.Expressions;
using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Engine.Paging;

/// <summary>
/// The order of a root list, read from the <c>OrderBy/ThenBy</c> calls its query ends with, ties
/// broken by id; and keyset paging over it. A cursor holds the sort keys of its item, so the next
/// page starts after that item wherever it now stands: rows created or removed between two pages
/// shift nothing. A cursor also names its order, so one from another order (or list) is refused.
/// A nullable key must follow a key that separates its nulls (<c>x.Due == null</c>, then <c>x.Due</c>):
/// providers disagree on where nulls sort.
/// </summary>
public sealed class KeysetOrder<T> where T : class
{
    private sealed record Key(LambdaExpression Selector, bool Descending, Type Type)
    {
        /// <summary>A key read by a subquery (an object's latest change): its cursor values are fetched for a
        /// page at once (<see cref="LoadQueriedKeysAsync"/>), not computed from the loaded row.</summary>
        public bool Queried { get; } = KeyReads.Of(Selector.Body).Subquery;
    }

    private sealed record Shape(Key[] Keys, string Name, Func<T, object?>[] Values);

    private static readonly ConcurrentDictionary<string, Shape> Shapes = new();

    private readonly Shape _shape;

    // The values of queried keys for the rows of this page, by id; per key, null for the others.
    private readonly Dictionary<Guid, object?>?[] _queried;

    /// <summary>The query without its order.</summary>
    public IQueryable<T> Unordered { get; }

    private KeysetOrder(IQueryable<T> unordered, Shape shape) => (Unordered, _shape, _queried) = (unordered, shape, new Dictionary<Guid, object?>?[shape.Keys.Length]);

    public static KeysetOrder<T> Of(IQueryable<T> query)
    {
        var keys = new List<Key>();
        var expression = query.Expression;
        while (expression is MethodCallExpression { Method.Name: "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" } call
               && call.Method.DeclaringType == typeof(Queryable))
        {
            var selector = (LambdaExpression)((UnaryExpression)call.Arguments[1]).Operand;
            keys.Insert(0, new Key(selector, call.Method.Name.EndsWith("Descending", StringComparison.Ordinal), selector.ReturnType));
            expression = call.Arguments[0];
            if (call.Method.Name.StartsWith("OrderBy", StringComparison.Ordinal)) break;
        }
        if (keys.Count == 0) throw new InvalidOperationException($"The {typeof(T).Name} list has no order to page by: end its query with OrderBy.");
        if (typeof(Entity).IsAssignableFrom(typeof(T)) && keys[^1].Selector.Body is not MemberExpression { Member.Name: nameof(Entity.Id) })
        {
            var item = Expression.Parameter(typeof(T), "item");
            keys.Add(new Key(Expression.Lambda(Expression.Property(item, nameof(Entity.Id)), item), false, typeof(Guid)));
        }
        var name = typeof(T).Name + ":" + string.Join(",", keys.Select(k => (k.Descending ? "-" : "+") + k.Selector.Body));
        // Compiled once per order and process: compiling emits a method every time. A key that reads values
        // captured for this request (an order computed in memory, by id lists) is compiled for this request only:
        // a cached one would read the first request's values.
        var shape = keys.Any(k => KeyReads.Of(k.Selector).Captured)
            ? new Shape([.. keys], Hash(name), [.. keys.Select(Compile)])
            : Shapes.GetOrAdd(name, _ => new Shape([.. keys], Hash(name), [.. keys.Select(Compile)]));
        return new KeysetOrder<T>(query.Provider.CreateQuery<T>(expression), shape);
    }

    /// <summary>The cursor of <paramref name="item"/> in this order.</summary>
    public string CursorOf(T item) => Cursor.Encode(_shape.Name, _shape.Values.Select((v, i) => _queried[i] is { } values ? values[((Entity)(object)item).Id] : v(item)));

    /// <summary>Fetches the values of the queried keys for <paramref name="rows"/> (one statement per such key), so
    /// that their cursors can be made; nothing when the order has none.</summary>
    public async Task LoadQueriedKeysAsync(IQueryable<T> source, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _shape.Keys.Length; i++)
        {
            if (!_shape.Keys[i].Queried || rows.Count == 0) continue;
            var ids = rows.Select(r => ((Entity)(object)r).Id).ToList();
            var load = LoadKeyMethod.MakeGenericMethod(_shape.Keys[i].Type);
            _queried[i] = await (Task<Dictionary<Guid, object?>>)load.Invoke(null, [source, ids, _shape.Keys[i].Selector, cancellationToken])!;
        }
    }

    private static readonly System.Reflection.MethodInfo LoadKeyMethod =
        typeof(KeysetOrder<T>).GetMethod(nameof(LoadKeyAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    // source.Where(r => ids.Contains(r.Id)).Select(r => new KeyValuePair(r.Id, key(r))), as a dictionary.
    private static async Task<Dictionary<Guid, object?>> LoadKeyAsync<TKey>(IQueryable<T> source, List<Guid> ids, LambdaExpression key, CancellationToken cancellationToken)
    {
        var row = key.Parameters[0];
        var id = Expression.Property(row, nameof(Entity.Id));
        var inPage = Expression.Lambda<Func<T, bool>>(Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], QueryParameter.Of(ids, typeof(List<Guid>)), id), row);
        var pair = Expression.Lambda<Func<T, KeyValuePair<Guid, TKey>>>(
            Expression.New(typeof(KeyValuePair<Guid, TKey>).GetConstructor([typeof(Guid), typeof(TKey)])!, id, key.Body), row);
        var pairs = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(source.Where(inPage).Select(pair), cancellationToken);
        return pairs.ToDictionary(p => p.Key, p => (object?)p.Value);
    }

    /// <summary>The rows after (<paramref name="after"/>) or before the cursor's item, in this order.</summary>
    public IQueryable<T> Beyond(IQueryable<T> query, Cursor cursor, bool after, string argument)
    {
        if (cursor.Order != _shape.Name || cursor.Keys.Length != _shape.Keys.Length)
            throw Cursor.Invalid(argument, "it belongs to another list or order");
        var item = Expression.Parameter(typeof(T), "item");
        var values = _shape.Keys.Select((k, i) => cursor.Key(i, k.Type, argument)).ToArray();
        // (k1 > v1) or (k1 = v1 and k2 > v2) or ...: ">" meaning later in the order.
        Expression? any = null;
        Expression equalSoFar = Expression.Constant(true);
        for (var i = 0; i < _shape.Keys.Length; i++)
        {
            var key = _shape.Keys[i];
            var member = new ParameterReplacer(key.Selector.Parameters[0], item).Visit(key.Selector.Body)!;
            var later = Later(member, key.Type, values[i], greater: after != key.Descending);
            var term = Expression.AndAlso(equalSoFar, later);
            any = any is null ? term : Expression.OrElse(any, term);
            equalSoFar = Expression.AndAlso(equalSoFar, EqualTo(member, key.Type, values[i]));
        }
        return query.Where(Expression.Lambda<Func<T, bool>>(any!, item));
    }

    /// <summary><paramref name="query"/> in this order, or in the reverse order (for paging from the end).</summary>
    public IQueryable<T> Ordered(IQueryable<T> query, bool reverse)
    {
        var expression = query.Expression;
        for (var i = 0; i < _shape.Keys.Length; i++)
        {
            var key = _shape.Keys[i];
            var name = (i == 0 ? "OrderBy" : "ThenBy") + (key.Descending != reverse ? "Descending" : "");
            expression = Expression.Call(OrderingMethods[name].MakeGenericMethod(typeof(T), key.Type), expression, Expression.Quote(key.Selector));
        }
        return query.Provider.CreateQuery<T>(expression);
    }

    // Looked up once: Expression.Call by name searches Queryable's methods on every call, and every page is ordered.
    private static readonly Dictionary<string, System.Reflection.MethodInfo> OrderingMethods =
        new[] { "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending" }.ToDictionary(
            name => name,
            name => typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2));

    private static Expression Later(Expression member, Type type, object? value, bool greater)
    {
        // Among rows whose earlier keys are equal, a null key has no row beyond it (see the summary).
        if (value is null) return Expression.Constant(false);
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(bool))
            return (bool)value == !greater ? Expression.Equal(member, Expression.Constant(greater, type)) : Expression.Constant(false);
        var parameter = QueryParameter.Of(value, type);
        if (underlying == typeof(string) || underlying == typeof(Guid))
        {
            // No < or > on strings and GUIDs in C#; EF Core turns "CompareTo(x) > 0" into "> x".
            var compare = Expression.Call(member, underlying.GetMethod(nameof(IComparable.CompareTo), [underlying])!, parameter);
            return greater ? Expression.GreaterThan(compare, Expression.Constant(0)) : Expression.LessThan(compare, Expression.Constant(0));
        }
        return greater ? Expression.GreaterThan(member, parameter) : Expression.LessThan(member, parameter);
    }

    private static Expression EqualTo(Expression member, Type type, object? value) =>
        Expression.Equal(member, value is null ? Expression.Constant(null, type) : QueryParameter.Of(value, type));

    private static Func<T, object?> Compile(Key key) => key.Queried
        ? _ => throw new InvalidOperationException("A key read by a subquery is fetched for the page (LoadQueriedKeysAsync) before cursors are made.")
        : Expression.Lambda<Func<T, object?>>(Expression.Convert(key.Selector.Body, typeof(object)), key.Selector.Parameters).Compile();

    /// <summary>What a key's expression reads besides its row: a subquery (a call on <see cref="Queryable"/>),
    /// or a captured object (a closure) rather than only literals.</summary>
    private sealed class KeyReads : ExpressionVisitor
    {
        public bool Subquery { get; private set; }
        public bool Captured { get; private set; }

        public static KeyReads Of(Expression expression)
        {
            var visitor = new KeyReads();
            visitor.Visit(expression);
            return visitor;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType == typeof(Queryable)) Subquery = true;
            return base.VisitMethodCall(node);
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is not null && !node.Type.IsPrimitive && node.Type != typeof(string) && !node.Type.IsEnum) Captured = true;
            return node;
        }
    }

    // A short stable name for the order (FNV-1a), so a cursor says which order it belongs to without spelling it out.
    private static string Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
