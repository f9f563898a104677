namespace InfoGov.Domain.Common;

/// <summary>One recorded action: who did what to which object, when, and whether it took effect.
/// Audit entries are append-only; nothing edits them, so they carry no version. What a caller sent
/// is stored bounded: a long value is cut and says so, so that a refused request cannot fill the trail.</summary>
public sealed class AuditEntry : Entity
{
    public const int MaxDetails = 1_000;

    public required DateTimeOffset OccurredAt { get; init; }
    public required string ActorObjectId { get; init => field = Bounded(value, 100)!; }
    public required string ActorName { get; init => field = Bounded(value, 200)!; }
    /// <summary>True when the actor is an application with its own identity (app-only token).</summary>
    public bool ActorIsApp { get; init; }
    /// <summary>The actor's department code, from the token.</summary>
    public string? ActorDepartment { get; init => field = Bounded(value, 32); }
    /// <summary>The network address the request came from; for anonymous callers the only trace of who tried.</summary>
    public string? ClientAddress { get; init => field = Bounded(value, 64); }
    /// <summary>The app role the action was allowed under (or tried under, when refused).</summary>
    public string? RoleUsed { get; init; }
    public required string Action { get; init => field = Bounded(value, 100)!; }
    public required string EntityType { get; init; }
    public Guid? EntityId { get; init; }
    public required AuditOutcome Outcome { get; init; }
    /// <summary>A short machine-readable reason for a refusal (the error code), or null.</summary>
    public string? Code { get; init; }
    /// <summary>What changed, in a sentence.</summary>
    public string? Details { get; init => field = Bounded(value, MaxDetails); }
    /// <summary>The request's correlation id, also returned to the caller in the response's extensions.</summary>
    public required string CorrelationId { get; init => field = Bounded(value, 100)!; }

    /// <summary><paramref name="text"/> cut to at most <paramref name="max"/> characters, saying how long it was.</summary>
    public static string? Bounded(string? text, int max)
    {
        if (text is null || text.Length <= max) return text;
        var note = $"… [truncated: {text.Length} characters]";
        return text[..(max - note.Length)] + note;
    }
}
