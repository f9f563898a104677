namespace InfoGov.Domain.DataSharing;

/// <summary>Changes to a catalog entry: each null keeps that part as it is.</summary>
public sealed record DataResourceEdit
{
    public string? Name { get; init; }
    public string? NameEn { get; init; }
    public string? Summary { get; init; }
    public string? Format { get; init; }
    public UpdateCycle? UpdateCycle { get; init; }
    public DeliveryMethod? Delivery { get; init; }
    public SharingType? SharingType { get; init; }
    public OpenType? OpenType { get; init; }
    public string? SharingConditions { get; init; }
    public string? LegalBasisForNotSharing { get; init; }
}
