namespace InfoGov.Domain.Common;

/// <summary>One recorded action: who did what to which object, when, and whether it took effect.
/// Audit entries are append-only; nothing edits them, so they carry no version.</summary>
public sealed class AuditEntry : Entity
{
    public required DateTimeOffset OccurredAt { get; init; }
    public required string ActorObjectId { get; init; }
    public required string ActorName { get; init; }
    /// <summary>True when the actor is an application with its own identity (app-only token).</summary>
    public bool ActorIsApp { get; init; }
    /// <summary>The actor's department code, from the token.</summary>
    public string? ActorDepartment { get; init; }
    /// <summary>The app role the action was allowed under (or tried under, when refused).</summary>
    public string? RoleUsed { get; init; }
    public required string Action { get; init; }
    public required string EntityType { get; init; }
    public Guid? EntityId { get; init; }
    public required AuditOutcome Outcome { get; init; }
    /// <summary>A short machine-readable reason for a refusal (the error code), or null.</summary>
    public string? Code { get; init; }
    /// <summary>What changed, in a sentence.</summary>
    public string? Details { get; init; }
    /// <summary>The request's correlation id, also returned to the caller in the response's extensions.</summary>
    public required string CorrelationId { get; init; }
}
