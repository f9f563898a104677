namespace InfoGov.Api.DataSharing;

/// <summary>Input of <c>submitSharingRequest</c>.</summary>
public sealed record SubmitSharingRequestInput(string ResourceCode, string Purpose, string LegalBasis, List<string> ItemIds, DateOnly PeriodFrom, DateOnly PeriodUntil);

/// <summary>Input of <c>decideSharingRequest</c>: approve (with the items and period granted) or refuse with a reason.</summary>
public sealed record DecideSharingRequestInput(string RequestId, int Version, bool Approve, List<string>? ItemIds, DateOnly? ValidFrom, DateOnly? ValidUntil, string? Reason);

/// <summary>Input of <c>withdrawSharingRequest</c> and <c>escalateSharingRequest</c>.</summary>
public sealed record SharingRequestVersionInput(string RequestId, int Version);
