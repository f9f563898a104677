namespace InfoGov.Api.DataSharing;

/// <summary>The result of verifying a catalog entry's access log chain.</summary>
public sealed record AccessLogIntegrity(bool IsIntact, int Entries, Guid? FirstBrokenEntryId, int? FirstBrokenSequence);
