namespace InfoGov.Domain.Integration;

/// <summary>What happened to an object, as the change feed tells it.</summary>
public enum FeedEntryKind
{
    /// <summary>Created or changed: read it again.</summary>
    Changed,
    /// <summary>Deleted or withdrawn (a grant revoked, an entry retired, a project unpublished): drop it.</summary>
    Removed,
}
