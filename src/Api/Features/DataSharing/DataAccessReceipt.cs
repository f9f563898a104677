namespace InfoGov.Api.Features.DataSharing;

/// <summary>What the accessing department gets back for an access it recorded: its place in the log and the hash that proves it.</summary>
public sealed record DataAccessReceipt(int Sequence, DateTimeOffset AccessedAt, string Items, string Hash);
