using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfoGov.Domain.DataSharing;

/// <summary>
/// A catalog entry's records described machine-readably, as JSON Schema (draft 2020-12): one property per data item,
/// typed from the item's data type, with its description; items the provider keeps to itself are marked
/// <c>x-infogov-shared: false</c> (no grant ever covers them). Exchange systems generate their readers from it.
/// </summary>
public static class DataResourceSchema
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    public static string Of(DataResource resource, IEnumerable<DataItem> items, string id)
    {
        var properties = new JsonObject();
        foreach (var item in items.OrderBy(i => i.Ordinal))
        {
            var property = TypeOf(item.DataType);
            if (item.Description is { Length: > 0 } description) property["description"] = description;
            property["x-infogov-shared"] = item.IsShared;
            properties[item.Name] = property;
        }
        var schema = new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = id,
            ["title"] = resource.Name,
            ["description"] = resource.Summary,
            ["type"] = "object",
            ["properties"] = properties,
            ["x-infogov-code"] = resource.Code,
            ["x-infogov-update-cycle"] = resource.UpdateCycle.ToString(),
        };
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The JSON Schema of a catalog data type: dates as ISO 8601 strings, amounts as numbers, codes and
    /// anything else as strings.</summary>
    private static JsonObject TypeOf(string dataType) => dataType.Trim().ToLowerInvariant() switch
    {
        "date" => new JsonObject { ["type"] = "string", ["format"] = "date" },
        "datetime" or "timestamp" => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
        "decimal" or "number" or "amount" => new JsonObject { ["type"] = "number" },
        "integer" or "int" => new JsonObject { ["type"] = "integer" },
        "boolean" or "bool" => new JsonObject { ["type"] = "boolean" },
        _ => new JsonObject { ["type"] = "string" },
    };
}
