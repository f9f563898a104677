using System.Reflection;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Integration;
using InfoGov.Api.Engine.Loading;
using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Engine.Relay;

/// <summary>The root fields <c>node</c> and <c>nodes</c> (Relay global object identification).
/// They load through the same batch loaders as nested references.</summary>
public static class NodeQueries
{
    private static readonly ConditionalWeakTable<ISchema, IReadOnlyDictionary<string, Func<Loaders, Guid, IDataLoaderResult<object?>>>> Fetchers = new();

    /// <summary>
    /// How <c>node</c> fetches each type: every object type implementing Node over an entity, read
    /// from the schema itself (a new node type needs no entry anywhere), through the batch loader of
    /// its entity, with the same row visibility as any other path.
    /// </summary>
    public static IReadOnlyDictionary<string, Func<Loaders, Guid, IDataLoaderResult<object?>>> FetchersOf(ISchema schema) =>
        Fetchers.GetValue(schema, s => s.AllTypes.OfType<IObjectGraphType>()
            .Where(t => t.ResolvedInterfaces.Any(i => i is NodeInterface))
            .Select(t => (t.Name, Clr: t.ClrType()))
            .Where(t => t.Clr is not null && typeof(Entity).IsAssignableFrom(t.Clr))
            .ToDictionary(t => t.Name, t => (Func<Loaders, Guid, IDataLoaderResult<object?>>)FetcherMethod.MakeGenericMethod(t.Clr!).Invoke(null, null)!));

    private static readonly ConditionalWeakTable<ISchema, IReadOnlyDictionary<Type, string>> TypeNames = new();

    /// <summary>The node type of each entity class: what a global id (and the change feed) calls it.</summary>
    public static IReadOnlyDictionary<Type, string> TypeNamesOf(ISchema schema) =>
        TypeNames.GetValue(schema, s => s.AllTypes.OfType<IObjectGraphType>()
            .Where(t => t.ResolvedInterfaces.Any(i => i is NodeInterface) && t.ClrType() is { } clr && typeof(Entity).IsAssignableFrom(clr))
            .ToDictionary(t => t.ClrType()!, t => t.Name));

    private static readonly MethodInfo FetcherMethod = typeof(NodeQueries).GetMethod(nameof(Fetcher), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Func<Loaders, Guid, IDataLoaderResult<object?>> Fetcher<T>() where T : Entity => (loaders, id) => loaders.ById<T>(id).Then(node => (object?)node);

    public static void AddTo(ObjectGraphType query, int maxIds)
    {
        query.Field<NodeInterface>("node")
            .ReadableBy(Access.Public)
            .Description("The object with this global id, or null when there is none. A malformed id is an error (INVALID_ID).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id read from an object's 'id' field.")
            .WithAsOf()
            .Resolve(ctx => AsOf.InstantOf(ctx) is { } instant
                ? LoadAsOf(ctx.Loaders(), ctx.Schema, ctx.GetArgument<string>("id"), instant)
                : Load(ctx.Loaders(), ctx.Schema, ctx.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .ReadableBy(Access.Public)
            .Description($"The objects with these global ids, in the same order; null where there is none. At most {maxIds} ids (configurable).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids read from objects' 'id' fields.")
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > maxIds)
                    throw new ExecutionError($"'nodes' takes at most {maxIds} ids; {ids.Count} were given.") { Code = ErrorCodes.PageSizeExceeded };
                var loaders = ctx.Loaders();
                return ids.Select(id => Load(loaders, ctx.Schema, id)).ToList();
            });
    }

    /// <summary>The object of a node type by id, with the caller's row visibility; null when there is none or it is hidden.</summary>
    public static IDataLoaderResult<object?> Load(Loaders loaders, ISchema schema, string typeName, Guid id) =>
        FetchersOf(schema).TryGetValue(typeName, out var load) ? load(loaders, id) : LoaderResults.Known<object?>(null);

    private static readonly MethodInfo LoadAsOfMethod = typeof(AsOf).GetMethod(nameof(AsOf.LoadAsync))!;

    /// <summary>The object as it was at <paramref name="instant"/>; an error for a type that keeps no history.</summary>
    private static DeferredResult LoadAsOf(Loaders loaders, ISchema schema, string globalId, DateTimeOffset instant)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id))
            throw new ExecutionError($"'{globalId}' is not a global id of this API.") { Code = ErrorCodes.InvalidId };
        var clr = TypeNamesOf(schema).FirstOrDefault(t => t.Value == typeName).Key;
        if (clr is null || !typeof(IKeepsHistory).IsAssignableFrom(clr))
        {
            var kept = TypeNamesOf(schema).Where(t => typeof(IKeepsHistory).IsAssignableFrom(t.Key)).Select(t => t.Value).Order();
            throw new ExecutionError($"'{AsOf.Argument}' reads the past of {string.Join(", ", kept)}; {typeName} keeps no history.") { Code = ErrorCodes.InvalidArgument };
        }
        var load = LoadAsOfMethod.MakeGenericMethod(clr);
        return new DeferredResult(async ct =>
        {
            var task = (Task)load.Invoke(null, [loaders, id, instant, ct])!;
            await task;
            return task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
        });
    }

    private static IDataLoaderResult<object?> Load(Loaders loaders, ISchema schema, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id))
            throw new ExecutionError($"'{globalId}' is not a global id of this API.") { Code = ErrorCodes.InvalidId };
        return Load(loaders, schema, typeName, id);
    }
}
