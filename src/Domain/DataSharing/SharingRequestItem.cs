namespace InfoGov.Domain.DataSharing;

/// <summary>A data item asked for in a sharing request.</summary>
public sealed class SharingRequestItem
{
    public required Guid RequestId { get; init; }
    public required Guid DataItemId { get; init; }
}
