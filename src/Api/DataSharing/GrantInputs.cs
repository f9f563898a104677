namespace InfoGov.Api.DataSharing;

/// <summary>Input of <c>revokeSharingGrant</c>.</summary>
public sealed record RevokeSharingGrantInput(string GrantId, int Version, string Reason);

/// <summary>Input of <c>renewSharingGrant</c>.</summary>
public sealed record RenewSharingGrantInput(string GrantId, int Version, DateOnly ValidUntil);
