using System.Text.Json;
using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Features.Integration;

/// <summary>
/// An Apollo persisted-query manifest (what <c>@apollo/generate-persisted-query-manifest</c> writes:
/// <c>{"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id", "name", "type", "body"}]}</c>),
/// read as the documents to register. Apollo Client sends each operation's <c>body</c> as it printed it,
/// <c>__typename</c> fields included, so that text, not the source as written, is what is hashed and
/// registered; an <c>id</c> that is not the SHA-256 of its body is refused, since the client would send it
/// and never match.
/// </summary>
public sealed record TrustedDocumentManifest(IReadOnlyList<TrustedDocument> Documents, int AlreadyRegistered)
{
    public const int MaxOperations = 500;

    /// <summary>The documents of <paramref name="manifest"/>, one per distinct body; every bad entry is named in one refusal.</summary>
    public static IReadOnlyList<(string Name, string Body)> Read(string manifest)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(manifest);
        }
        catch (JsonException e)
        {
            throw new RuleViolation(RuleViolation.Validation, $"The manifest is not JSON: {e.Message}", "manifest");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != "apollo-persisted-query-manifest"
                || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != 1
                || !root.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
                throw new RuleViolation(RuleViolation.Validation, "The manifest must be an apollo-persisted-query-manifest of version 1 with an 'operations' array.", "manifest");
            if (operations.GetArrayLength() is 0 or > MaxOperations)
                throw new RuleViolation(RuleViolation.Validation, $"A manifest holds 1 to {MaxOperations} operations.", "manifest");
            var read = new List<(string, string)>();
            var bad = new List<string>();
            var index = 0;
            foreach (var operation in operations.EnumerateArray())
            {
                var name = operation.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : $"operations[{index}]";
                if (!operation.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.String
                    || !operation.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
                    bad.Add($"{name}: needs 'id' and 'body'");
                else if (!string.Equals(id.GetString(), TrustedDocument.HashOf(body.GetString()!), StringComparison.OrdinalIgnoreCase))
                    bad.Add($"{name}: its id is not the SHA-256 of its body");
                else read.Add((name, body.GetString()!));
                index++;
            }
            if (bad.Count > 0)
                throw new RuleViolation(RuleViolation.Validation, "Nothing was registered; fix these operations: " + string.Join("; ", bad) + ".", "manifest");
            return read.DistinctBy(o => o.Item2).ToList();
        }
    }
}
