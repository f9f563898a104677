using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace InfoGov.Infrastructure.Persistence.History;

/// <summary>
/// An entity's stored values as JSON, and back: every mapped property and value object by name, read
/// and written through EF Core's own accessors, so private setters and backing fields need nothing
/// special and a new property is kept without an edit here.
/// </summary>
public static class EntitySnapshot
{
    public static string Capture(EntityEntry entry, bool original = false)
    {
        var values = new JsonObject();
        foreach (var property in entry.Properties.Where(p => !p.Metadata.IsShadowProperty()))
            values[property.Metadata.Name] = JsonSerializer.SerializeToNode(original ? property.OriginalValue : property.CurrentValue, property.Metadata.ClrType);
        foreach (var complex in entry.ComplexProperties)
            // Value objects cannot change in place, so the current one is the original one unless replaced:
            // a replaced one's original is not kept by the change tracker, and is read whole here.
            values[complex.Metadata.Name] = JsonSerializer.SerializeToNode(complex.CurrentValue, complex.Metadata.ClrType);
        return values.ToJsonString();
    }

    /// <summary>A detached instance of <typeparamref name="T"/> with the values of <paramref name="state"/>.</summary>
    public static T Restore<T>(DbContext db, string state) where T : class
    {
        var entity = (T)Activator.CreateInstance(typeof(T), nonPublic: true)!;
        var entry = db.Entry(entity);
        var values = JsonNode.Parse(state)!.AsObject();
        foreach (var property in entry.Properties.Where(p => !p.Metadata.IsShadowProperty()))
            if (values.TryGetPropertyValue(property.Metadata.Name, out var value))
                property.CurrentValue = value?.Deserialize(property.Metadata.ClrType);
        foreach (var complex in entry.ComplexProperties)
            if (values.TryGetPropertyValue(complex.Metadata.Name, out var value))
                complex.CurrentValue = value?.Deserialize(complex.Metadata.ClrType);
        return entity;
    }
}
