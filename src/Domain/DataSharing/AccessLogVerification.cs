namespace InfoGov.Domain.DataSharing;

/// <summary>The outcome of verifying an access-log chain.</summary>
/// <param name="IsIntact">Every link holds and the newest entry is the one the head points at.</param>
/// <param name="Entries">Entries verified.</param>
/// <param name="FirstBroken">The first stored entry whose link does not hold; null when the links hold.</param>
/// <param name="FirstBrokenSequence">Sequence where the chain first breaks: that entry's, or the first missing one's.</param>
/// <param name="AnchoredSequence">Sequence of the newest entry according to the head; null for a chain without a head.</param>
/// <param name="MissingEntries">Entries the head covers that are no longer stored at the end of the chain.</param>
public sealed record AccessLogVerification(bool IsIntact, int Entries, DataAccessLogEntry? FirstBroken, int? FirstBrokenSequence,
    int? AnchoredSequence, int MissingEntries);
