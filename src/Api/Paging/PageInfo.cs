namespace InfoGov.Api.Paging;

/// <summary>Relay page info.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
