namespace InfoGov.Domain.Operations;

/// <summary>A backup taken, or a drill restoring one.</summary>
public enum BackupKind
{
    Backup,
    RestoreDrill,
}
