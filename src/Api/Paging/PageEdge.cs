namespace InfoGov.Api.Paging;

/// <summary>A node with the cursor that points at it.</summary>
public sealed record PageEdge(string Cursor, object Node);
