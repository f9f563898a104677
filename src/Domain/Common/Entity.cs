namespace InfoGov.Domain.Common;

/// <summary>Anything with an identity of its own. Ids are GUIDs so that every provider
/// can accept ids chosen by the application (seeding, imports) without identity-insert tricks.</summary>
public abstract class Entity
{
    private Guid _id;

    /// <summary>A new entity draws its id when the id is first read (EF Core reads it when the entity
    /// is added); an entity loaded from the database gets the stored one. Drawing it in an
    /// initializer instead cost a random GUID for every row every query materialized.</summary>
    public Guid Id
    {
        get => _id == Guid.Empty ? _id = Guid.NewGuid() : _id;
        init => _id = value;
    }
}
