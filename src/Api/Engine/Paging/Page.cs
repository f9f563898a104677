namespace InfoGov.Api.Engine.Paging;

/// <summary>One page of a Relay connection (cursors: see <see cref="Cursor"/>).</summary>
/// <param name="TotalCount">Null when it was not counted because the selection does not ask for it.</param>
public sealed record Page(IReadOnlyList<PageEdge> Edges, PageInfo PageInfo, int? TotalCount)
{
    public IEnumerable<object> Nodes => Edges.Select(e => e.Node);
}
