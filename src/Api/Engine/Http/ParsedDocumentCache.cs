using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace InfoGov.Api.Engine.Http;

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
    private readonly ConcurrentDictionary<string, Kept> _documents = new(StringComparer.Ordinal);

    // A kept document, with the operations (by name; "" for the only one) it passed validation as. Those
    // are the document's own operations, so the set is as bounded as the document.
    private sealed record Kept(GraphQLDocument Document)
    {
        public ConcurrentDictionary<string, bool> Validated { get; } = new(StringComparer.Ordinal);
    }

    public GraphQLDocument GetOrParse(string query, Func<string, GraphQLDocument> parse)
    {
        if (_documents.TryGetValue(query, out var kept)) return kept.Document;
        var document = parse(query);
        if (_documents.Count < MaxEntries) _documents.TryAdd(query, new Kept(document));
        return document;
    }

    /// <summary>Whether this document, run as this operation, passed the specification's rules before.</summary>
    public bool PassedValidation(string query, string? operationName) =>
        _documents.TryGetValue(query, out var kept) && kept.Validated.ContainsKey(operationName ?? "");

    /// <summary>Records that a kept document passed the specification's rules (a document not kept is
    /// parsed anew next time, so there is nothing to record it on).</summary>
    public void RecordValidated(string query, string? operationName)
    {
        if (_documents.TryGetValue(query, out var kept)) kept.Validated.TryAdd(operationName ?? "", true);
    }
}
