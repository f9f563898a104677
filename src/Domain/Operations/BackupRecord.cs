using InfoGov.Domain.Common;

namespace InfoGov.Domain.Operations;

/// <summary>A backup of a system, or a drill that restored one, and whether it succeeded.</summary>
public sealed class BackupRecord : Entity, IPartOfSystem
{
    public required Guid SystemId { get; init; }
    public required BackupKind Kind { get; init; }
    public required DateTimeOffset PerformedAt { get; init; }
    public required bool Succeeded { get; init; }
    public string? Note { get; init; }

    public static BackupRecord Record(Guid systemId, BackupKind kind, DateTimeOffset performedAt, bool succeeded, string? note, DateTimeOffset now, Guid id = default)
    {
        if (performedAt > now) throw new RuleViolation(RuleViolation.Validation, "Record a backup once it was performed.", "performedAt");
        if (note?.Length > 500) throw new RuleViolation(RuleViolation.Validation, "A note has at most 500 characters.", "note");
        return new BackupRecord { Id = id, SystemId = systemId, Kind = kind, PerformedAt = performedAt, Succeeded = succeeded, Note = note?.Trim() };
    }
}
