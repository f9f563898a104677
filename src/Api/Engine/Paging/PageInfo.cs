namespace InfoGov.Api.Engine.Paging;

/// <summary>Relay page info; the cursors are the first and last edges' (encoded when selected).</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, PageEdge? StartEdge, PageEdge? EndEdge)
{
    public string? StartCursor => StartEdge?.Cursor;
    public string? EndCursor => EndEdge?.Cursor;
}
