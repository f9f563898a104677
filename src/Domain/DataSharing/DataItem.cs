using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>One field of a catalog entry. For conditional resources the items are restricted.</summary>
public sealed class DataItem : Entity, IDetailOfDataResource
{
    public required Guid ResourceId { get; init; }
    public required int Ordinal { get; init; }
    public required string Name { get; init; }
    /// <summary>Data type, e.g. "string", "date", "decimal", "code".</summary>
    public required string DataType { get; init; }
    public string? Description { get; init; }
    /// <summary>False for an item the provider keeps to itself even when the entry is shared.</summary>
    public bool IsShared { get; init; } = true;
}
