using System.Text;
using GraphQL;
using InfoGov.Api.Errors;

namespace InfoGov.Api.Paging;

/// <summary>
/// The <c>first/after/last/before</c> arguments of a connection, validated, and the slicing they
/// describe (the Relay cursor connections algorithm over offset cursors).
/// </summary>
public sealed record PageRequest(int? First, int? After, int? Last, int? Before)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    private const string CursorPrefix = "offset:";

    public static PageRequest From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        CheckSize("first", first);
        CheckSize("last", last);
        if (first is null && last is null) first = DefaultPageSize;
        return new PageRequest(first, DecodeCursor("after", context.GetArgument<string?>("after")),
            last, DecodeCursor("before", context.GetArgument<string?>("before")));
    }

    /// <summary>The half-open range [start, end) of the full list that this page covers.</summary>
    public (int Start, int End) Window(int totalCount)
    {
        var start = After is { } after ? Math.Min(after + 1, totalCount) : 0;
        var end = Before is { } before ? Math.Clamp(before, start, totalCount) : totalCount;
        if (First is { } first) end = Math.Min(end, start + first);
        if (Last is { } last) start = Math.Max(start, end - last);
        return (start, end);
    }

    public Page ToPage(IReadOnlyList<object> slice, int start, int totalCount)
    {
        var edges = slice.Select((node, i) => new PageEdge(EncodeCursor(start + i), node)).ToList();
        var end = start + slice.Count;
        return new Page(edges,
            new PageInfo(HasNextPage: end < totalCount, HasPreviousPage: start > 0,
                edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            totalCount);
    }

    /// <summary>A page read without counting the list: its total is not known (nor asked for).</summary>
    public Page ToPage(IReadOnlyList<object> slice, int start, bool hasNextPage)
    {
        var edges = slice.Select((node, i) => new PageEdge(EncodeCursor(start + i), node)).ToList();
        return new Page(edges, new PageInfo(HasNextPage: hasNextPage, HasPreviousPage: start > 0,
            edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), TotalCount: null);
    }

    /// <summary>Pages a list already in memory (children loaded in a batch).</summary>
    public Page Apply<T>(IReadOnlyList<T> all) where T : notnull
    {
        var (start, end) = Window(all.Count);
        return ToPage(all.Skip(start).Take(end - start).Cast<object>().ToList(), start, all.Count);
    }

    public static string EncodeCursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(CursorPrefix + offset));

    private static int? DecodeCursor(string argument, string? cursor)
    {
        if (cursor is null) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal) && int.TryParse(text[CursorPrefix.Length..], out var offset) && offset >= 0)
                return offset;
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError($"Argument '{argument}' is not a cursor returned by this connection.") { Code = ErrorCodes.InvalidCursor };
    }

    private static void CheckSize(string argument, int? size)
    {
        if (size is < 0)
            throw new ExecutionError($"Argument '{argument}' must not be negative.") { Code = ErrorCodes.InvalidPageSize };
        if (size > MaxPageSize)
            throw new ExecutionError($"Argument '{argument}' is {size}; a page holds at most {MaxPageSize} items. Page through the rest with 'after'.") { Code = ErrorCodes.PageSizeExceeded };
    }
}
