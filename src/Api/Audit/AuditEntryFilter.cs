namespace InfoGov.Api.Audit;

/// <summary>Arguments of the <c>auditEntries</c> list.</summary>
public sealed record AuditEntryFilter(string? EntityId, string? ActorObjectId, string? Action, DateTimeOffset? From, DateTimeOffset? To);
