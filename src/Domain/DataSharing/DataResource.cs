using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>An entry of the government's catalog of information resources.</summary>
public sealed class DataResource : VersionedEntity
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public required Guid ProviderDepartmentId { get; init; }
    public required string Summary { get; set; }
    public required ResourceClassification Classification { get; set; }
    /// <summary>File or data format, e.g. "CSV", "JSON", "XLSX".</summary>
    public required string Format { get; set; }
    public required UpdateCycle UpdateCycle { get; set; }
    public required SharingType SharingType { get; set; }
    public required OpenType OpenType { get; set; }
    public required DeliveryMethod Delivery { get; set; }
    public string? LegalBasisForNotSharing { get; set; }
}
