using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.DataSharing;

/// <summary>Arguments of the <c>dataResources</c> list.</summary>
public sealed record DataResourceFilter(
    List<SharingType>? SharingTypes, List<OpenType>? OpenTypes, List<ResourceClassification>? Classifications,
    string? ProviderCode, string? Search);
