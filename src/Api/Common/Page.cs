namespace InfoGov.Api.Common;

/// <summary>One page of a Relay connection. Cursors are opaque offsets into the list as ordered.</summary>
public sealed record Page(IReadOnlyList<PageEdge> Edges, PageInfo PageInfo, int TotalCount)
{
    public IEnumerable<object> Nodes => Edges.Select(e => e.Node);
}

/// <summary>A node with the cursor that points at it.</summary>
public sealed record PageEdge(string Cursor, object Node);

/// <summary>Relay page info.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
