namespace InfoGov.Api.Engine.Paging;

/// <summary>A node with the cursor that points at it. The cursor is encoded only when a client
/// selects it: most pages are read for their nodes alone. The encoder is shared by the page's
/// edges (it gets the node and its position), so an edge costs no closure of its own.</summary>
public sealed class PageEdge(object node, int position, Func<object, int, string> encode)
{
    private string? _cursor;

    public string Cursor => _cursor ??= encode(Node, position);

    public object Node { get; } = node;
}
