using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>
/// One access to a resource, allowed or refused: the audit trail the provider and the office read.
/// Entries of a resource form a hash chain (<see cref="AccessLogChain"/>), so that a changed or
/// removed row is detected.
/// </summary>
public sealed class DataAccessLogEntry : Entity, IPartOfDataResource
{
    Guid? IPartOfDataResource.CounterpartDepartmentId => null;

    public required Guid ResourceId { get; init; }
    /// <summary>Position in the resource's chain, from 1.</summary>
    public required int Sequence { get; init; }
    /// <summary>The grant the access relied on; null for unconditional entries and refused accesses without one.</summary>
    public Guid? GrantId { get; init; }
    /// <summary>The department whose user or system accessed.</summary>
    public Guid? AccessorDepartmentId { get; init; }
    public required DateTimeOffset AccessedAt { get; init; }
    /// <summary>The user or system that accessed, as identified by its token.</summary>
    public required string AccessedBy { get; init; }
    /// <summary>Names of the items read, comma-separated.</summary>
    public required string Items { get; init; }
    public required string Purpose { get; init; }
    public int RecordCount { get; init; }
    /// <summary>Null for an allowed access; the refusal code (NOT_GRANTED, GRANT_EXPIRED, NOT_PERMITTED) otherwise.</summary>
    public string? RefusalCode { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }
}
