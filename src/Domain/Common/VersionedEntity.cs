namespace InfoGov.Domain.Common;

/// <summary>An entity that is edited after creation. <see cref="Version"/> is the optimistic
/// concurrency token: every save of a change increments it, and a write that carries a stale
/// version is refused instead of overwriting someone else's change.</summary>
public abstract class VersionedEntity : Entity
{
    public int Version { get; private set; } = 1;

    /// <summary>Called by persistence when a modified entity is saved.</summary>
    public void IncrementVersion() => Version++;
}
