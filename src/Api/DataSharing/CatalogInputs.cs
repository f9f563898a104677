using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.DataSharing;

/// <summary>A data item of a new catalog entry.</summary>
public sealed record DataItemInput(string Name, string DataType, string? Description, bool? IsShared);

/// <summary>Input of <c>registerDataResource</c>.</summary>
public sealed record RegisterDataResourceInput(
    string Code, string Name, string? NameEn, string Summary, ResourceClassification Classification, string Format, UpdateCycle UpdateCycle,
    DeliveryMethod Delivery, SharingType SharingType, OpenType OpenType, string? SharingConditions, string? LegalBasisForNotSharing, List<DataItemInput> Items);

/// <summary>Input of <c>updateDataResource</c>: the fields given are changed.</summary>
public sealed record UpdateDataResourceInput(
    string Id, int Version, string? Name, string? NameEn, string? Summary, string? Format, UpdateCycle? UpdateCycle, DeliveryMethod? Delivery,
    SharingType? SharingType, OpenType? OpenType, string? SharingConditions, string? LegalBasisForNotSharing);

/// <summary>Input of <c>publishDataResource</c> and <c>retireDataResource</c>.</summary>
public sealed record DataResourceVersionInput(string Id, int Version);
