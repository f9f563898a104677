using GraphQL;
using InfoGov.Api.Engine.Errors;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Engine.Paging;

/// <summary>
/// The <c>first/after/last/before</c> arguments of a connection, validated, and the Relay cursor
/// connections algorithm over a list in memory (nested lists loaded in a batch). Root lists page in
/// the database with keyset cursors (<see cref="ConnectionFields.ResolveQuery"/>).
/// </summary>
public sealed record PageRequest(int? First, Cursor? After, int? Last, Cursor? Before)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static PageRequest From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        CheckSize("first", first);
        CheckSize("last", last);
        if (first is null && last is null) first = DefaultPageSize;
        return new PageRequest(first, Cursor.Decode("after", context.GetArgument<string?>("after")),
            last, Cursor.Decode("before", context.GetArgument<string?>("before")));
    }

    /// <summary>Pages a list already in memory. An item with an id has that id as its cursor, so a
    /// page continues after the same item even when items were added before it; other items have
    /// their position.</summary>
    public Page Apply<T>(IReadOnlyList<T> all) where T : notnull
    {
        var start = After is { } after ? Math.Min(IndexOf(all, after, "after") + 1, all.Count) : 0;
        var end = Before is { } before ? Math.Clamp(IndexOf(all, before, "before"), start, all.Count) : all.Count;
        if (First is { } first) end = Math.Min(end, start + first);
        if (Last is { } last) start = Math.Max(start, end - last);
        var edges = new List<PageEdge>(end - start);
        for (var i = start; i < end; i++) edges.Add(new PageEdge(all[i], i, EncodeCursor));
        return new Page(edges,
            new PageInfo(HasNextPage: end < all.Count, HasPreviousPage: start > 0, edges.FirstOrDefault(), edges.LastOrDefault()),
            all.Count);
    }

    private static readonly Func<object, int, string> EncodeCursor = CursorOf;

    private static string CursorOf(object node, int index) =>
        node is Entity entity ? Cursor.Encode(Cursor.ById, [entity.Id]) : Cursor.Encode(Cursor.ByOffset, [index]);

    private static int IndexOf<T>(IReadOnlyList<T> all, Cursor cursor, string argument)
    {
        if (cursor.Order == Cursor.ByOffset && cursor.Key(0, typeof(int), argument) is int offset and >= 0 && !typeof(Entity).IsAssignableFrom(typeof(T)))
            return offset;
        if (cursor.Order == Cursor.ById && cursor.Key(0, typeof(Guid), argument) is Guid id)
        {
            for (var i = 0; i < all.Count; i++)
                if (all[i] is Entity entity && entity.Id == id) return i;
            throw Cursor.Invalid(argument, "its item is no longer in this list; start again from the first page");
        }
        throw Cursor.Invalid(argument);
    }

    private static void CheckSize(string argument, int? size)
    {
        if (size is < 0)
            throw new ExecutionError($"Argument '{argument}' must not be negative.") { Code = ErrorCodes.InvalidPageSize };
        if (size > MaxPageSize)
            throw new ExecutionError($"Argument '{argument}' is {size}; a page holds at most {MaxPageSize} items. Page through the rest with 'after'.") { Code = ErrorCodes.PageSizeExceeded };
    }
}
