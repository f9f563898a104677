using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace InfoGov.Api.Http;

/// <summary>
/// Parsed documents by query text, so that a query a dashboard repeats is parsed once, and which of
/// them (with the operation chosen) passed the specification's validation rules. Those rules read
/// only the document and the schema, so a document that passed once passes again: it is not checked
/// by them again. The rules that depend on the request (the caller's access, the HTTP method,
/// variable values) still run for every request. Bounded: past <see cref="MaxEntries"/> distinct
/// queries new ones are parsed and not kept, so that clients sending ever-new text cannot grow it.
/// (GraphQL.MemoryCache, not in the registry here, would replace it.)
/// </summary>
public sealed class ParsedDocumentCache
{
    public const int MaxEntries = 1_000;
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Query, string? Operation), bool> _validated = new();

    public GraphQLDocument GetOrParse(string query, Func<string, GraphQLDocument> parse)
    {
        if (_documents.TryGetValue(query, out var cached)) return cached;
        var document = parse(query);
        if (_documents.Count < MaxEntries) _documents.TryAdd(query, document);
        return document;
    }

    /// <summary>Whether this document, run as this operation, passed the specification's rules before.</summary>
    public bool PassedValidation(string query, string? operationName) => _validated.ContainsKey((query, operationName));

    /// <summary>Records that a kept document passed the specification's rules (a document not kept is
    /// parsed anew next time, so there is nothing to record it on).</summary>
    public void RecordValidated(string query, string? operationName)
    {
        if (_documents.ContainsKey(query) && _validated.Count < MaxEntries * 4) _validated.TryAdd((query, operationName), true);
    }
}
