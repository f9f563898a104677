using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.DataSharing;

/// <summary>Arguments of the <c>sharingRequests</c> list.</summary>
public sealed record SharingRequestFilter(
    List<SharingRequestStatus>? Statuses, string? ResourceCode, string? RequesterCode, string? ProviderCode, bool? IsOverdue = null);
