namespace InfoGov.Domain.Common;

/// <summary>Anything with an identity of its own. Ids are GUIDs so that every provider
/// can accept ids chosen by the application (seeding, imports) without identity-insert tricks.</summary>
public abstract class Entity
{
    public Guid Id { get; init; } = Guid.NewGuid();
}
