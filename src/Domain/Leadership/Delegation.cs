using InfoGov.Domain.Common;

namespace InfoGov.Domain.Leadership;

/// <summary>A responsibility handed by its holder to another official (usually the information
/// manager, e.g. for contract signing) for a period, until it ends or is revoked.</summary>
public sealed class Delegation : VersionedEntity
{
    public required Guid AssignmentId { get; init; }
    public required Guid DelegateId { get; init; }
    /// <summary>What exactly is delegated, e.g. "sign contracts up to 1,000,000 CNY".</summary>
    public required string Scope { get; init; }
    public required DateOnly ValidFrom { get; init; }
    public required DateOnly ValidTo { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsValidOn(DateOnly day) => RevokedAt is null && ValidFrom <= day && day <= ValidTo;
}
