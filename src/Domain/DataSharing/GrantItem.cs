namespace InfoGov.Domain.DataSharing;

/// <summary>A data item a grant covers.</summary>
public sealed class GrantItem
{
    public required Guid GrantId { get; init; }
    public required Guid DataItemId { get; init; }
}
