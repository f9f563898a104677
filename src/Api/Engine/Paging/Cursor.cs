using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using InfoGov.Api.Engine.Errors;

namespace InfoGov.Api.Engine.Paging;

/// <summary>
/// An opaque cursor: the kind of order it belongs to and the values that place an item in it, as
/// base64 of <c>{"o": order, "k": [values]}</c>. Root lists use keyset cursors (the item's sort keys,
/// see <see cref="KeysetOrder{T}"/>); nested lists use the item's id, or its offset for items without one.
/// </summary>
public sealed record Cursor(string Order, JsonElement[] Keys)
{
    public const string ById = "id";
    public const string ByOffset = "offset";

    public static string Encode(string order, IEnumerable<object?> keys) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new Wire(order, keys.Select(k => JsonSerializer.SerializeToElement(k)).ToArray())));

    /// <summary>The cursor passed as <paramref name="argument"/>, or INVALID_CURSOR.</summary>
    public static Cursor? Decode(string argument, string? text)
    {
        if (text is null) return null;
        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(Convert.FromBase64String(text));
            if (wire is { Order: { } order, Keys: { Length: > 0 } keys }) return new Cursor(order, keys);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
        }
        throw Invalid(argument);
    }

    /// <summary>The key at <paramref name="index"/> as <paramref name="type"/>, or INVALID_CURSOR.</summary>
    public object? Key(int index, Type type, string argument)
    {
        try
        {
            return Keys[index].Deserialize(type);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw Invalid(argument);
        }
    }

    public static ExecutionError Invalid(string argument, string? why = null) =>
        new($"Argument '{argument}' is not a cursor returned by this connection{(why is null ? "" : ": " + why)}.") { Code = ErrorCodes.InvalidCursor };

    private sealed record Wire([property: JsonPropertyName("o")] string? Order, [property: JsonPropertyName("k")] JsonElement[]? Keys);
}
