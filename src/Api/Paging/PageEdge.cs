namespace InfoGov.Api.Paging;

/// <summary>A node with the cursor that points at it. The cursor is encoded only when a client
/// selects it: most pages are read for their nodes alone.</summary>
public sealed class PageEdge(Func<string> cursor, object node)
{
    private string? _cursor;

    public string Cursor => _cursor ??= cursor();

    public object Node { get; } = node;
}
