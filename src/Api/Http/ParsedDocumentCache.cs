using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace InfoGov.Api.Http;

/// <summary>
/// Parsed documents by query text, so that a query a dashboard repeats is parsed once. Only parsing
/// is saved: validation, the access rule included, still runs for every caller and every request.
/// Bounded: past <see cref="MaxEntries"/> distinct queries new ones are parsed and not kept, so that
/// clients sending ever-new text cannot grow it. (GraphQL.MemoryCache, not in the registry here,
/// would replace it.)
/// </summary>
public sealed class ParsedDocumentCache
{
    public const int MaxEntries = 1_000;
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public GraphQLDocument GetOrParse(string query, Func<string, GraphQLDocument> parse)
    {
        if (_documents.TryGetValue(query, out var cached)) return cached;
        var document = parse(query);
        if (_documents.Count < MaxEntries) _documents.TryAdd(query, document);
        return document;
    }
}
