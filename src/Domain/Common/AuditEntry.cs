namespace InfoGov.Domain.Common;

/// <summary>One recorded action: who did what to which object, when, and whether it took effect.
/// Audit entries are append-only; nothing edits them, so they carry no version.</summary>
public sealed class AuditEntry : Entity
{
    public required DateTimeOffset OccurredAt { get; init; }
    public required string ActorObjectId { get; init; }
    public required string ActorName { get; init; }
    public required string Action { get; init; }
    public required string EntityType { get; init; }
    public Guid? EntityId { get; init; }
    public required AuditOutcome Outcome { get; init; }
    /// <summary>A short machine-readable reason for a refusal (the error code), or null.</summary>
    public string? Code { get; init; }
    public string? Details { get; init; }
}
