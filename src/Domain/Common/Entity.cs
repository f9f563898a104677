using InfoGov.Domain.Integration;

namespace InfoGov.Domain.Common;

/// <summary>Anything with an identity of its own. Ids are GUIDs so that every provider
/// can accept ids chosen by the application (seeding, imports) without identity-insert tricks.</summary>
public abstract class Entity
{
    private Guid _id;
    private List<DomainEvent>? _events;

    /// <summary>A new entity draws its id when the id is first read (EF Core reads it when the entity
    /// is added); an entity loaded from the database gets the stored one. Drawing it in an
    /// initializer instead cost a random GUID for every row every query materialized.</summary>
    public Guid Id
    {
        get => _id == Guid.Empty ? _id = Guid.NewGuid() : _id;
        init => _id = value;
    }

    /// <summary>Records an event for the outbox; it is written with the change that raised it, so it is
    /// published only if that change commits.</summary>
    protected void Raise(DomainEvent domainEvent) => (_events ??= []).Add(domainEvent);

    /// <summary>The events raised since the last call, and forgets them. A method, not a property, so
    /// that the persistence model does not take it for a relationship.</summary>
    public IReadOnlyList<DomainEvent> TakeEvents()
    {
        var events = (IReadOnlyList<DomainEvent>?)_events ?? [];
        _events = null;
        return events;
    }
}
