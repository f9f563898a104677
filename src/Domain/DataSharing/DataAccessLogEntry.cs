using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>One access to a resource under a grant: the audit trail the provider and the office read.</summary>
public sealed class DataAccessLogEntry : Entity
{
    public required Guid GrantId { get; init; }
    public required DateTimeOffset AccessedAt { get; init; }
    /// <summary>The user or system that accessed, as identified by its token.</summary>
    public required string AccessedBy { get; init; }
    /// <summary>Names of the items read, comma-separated.</summary>
    public required string Items { get; init; }
    public required string Purpose { get; init; }
    public int RecordCount { get; init; }
}
