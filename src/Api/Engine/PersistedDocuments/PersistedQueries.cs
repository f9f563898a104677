using System.Collections.Concurrent;
using GraphQL.Transport;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Http;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Engine.PersistedDocuments;

/// <summary>
/// Automatic persisted queries, as Apollo's persisted-query link speaks them: a request may send
/// <c>extensions.persistedQuery = { version: 1, sha256Hash }</c> instead of its query. An unknown hash
/// answers <c>PERSISTED_QUERY_NOT_FOUND</c> (status 200, so that the client sends the query once and
/// keeps using hashes), a hash sent with its query is checked against it and remembered. Hashes of
/// documents an administrator registered (<see cref="TrustedDocuments"/>) are known too. For callers
/// restricted to registered documents (application callers, where the policy is on), only those
/// count: anything else is refused with <c>PERSISTED_QUERY_ONLY</c>. The text is resolved before
/// anything else, so every limit, rate cost and access check applies to it as to any query. Hashes
/// learnt from clients are bounded in memory; registered ones live in the database. GraphQL.NET's
/// persisted-document handler answers the other wire format (<c>documentId</c>), after parsing, too
/// late for the endpoint's own limits, so the endpoint resolves hashes itself.
/// </summary>
public sealed class PersistedQueries(TrustedDocuments trusted)
{
    public const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, string> _byHash = new(StringComparer.Ordinal);

    private static readonly TransportError RegisteredOnly = new(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryOnly,
        "This application may run registered documents only: send the hash of a document an administrator registered for it.");

    /// <summary>The request with its query text, or the error to answer with. <paramref name="registeredOnly"/>:
    /// the caller may run registered documents only.</summary>
    public async Task<(GraphQLRequest? Request, TransportError? Error)> ResolveAsync(GraphQLRequest request, bool registeredOnly, CancellationToken cancellationToken)
    {
        if (request.Extensions?.TryGetValue("persistedQuery", out var value) != true)
        {
            if (!registeredOnly || string.IsNullOrEmpty(request.Query)) return (request, null);
            // The full text of a registered document is as good as its hash.
            return await trusted.TextOfAsync(HashOf(request.Query), cancellationToken) is null ? (null, RegisteredOnly) : (request, null);
        }
        if (value is not IDictionary<string, object?> persisted || !persisted.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string hash)
            return (null, new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "'extensions.persistedQuery' needs a 'sha256Hash'."));
        if (!persisted.TryGetValue("version", out var version) || !IsVersionOne(version))
            return (null, new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryNotSupported, "PersistedQueryNotSupported: only version 1 is supported."));
        hash = hash.ToLowerInvariant();
        if (string.IsNullOrEmpty(request.Query))
        {
            var known = (!registeredOnly && _byHash.TryGetValue(hash, out var learnt) ? learnt : null)
                        ?? await trusted.TextOfAsync(hash, cancellationToken);
            if (known is null)
                return (null, registeredOnly ? RegisteredOnly : new TransportError(StatusCodes.Status200OK, ErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound"));
            return (With(request, known), null);
        }
        if (HashOf(request.Query) != hash)
            return (null, new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryHashMismatch, "The sha256Hash does not match the query."));
        if (registeredOnly)
            return await trusted.TextOfAsync(hash, cancellationToken) is null ? (null, RegisteredOnly) : (request, null);
        if (_byHash.Count < MaxEntries) _byHash.TryAdd(hash, request.Query);
        return (request, null);
    }

    public static string HashOf(string query) => TrustedDocument.HashOf(query);

    private static bool IsVersionOne(object? version) => version switch
    {
        int i => i == 1,
        long l => l == 1,
        decimal d => d == 1m,
        double d => d == 1d,
        string s => s == "1",
        _ => false,
    };

    private static GraphQLRequest With(GraphQLRequest request, string query) => new()
    {
        Query = query,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
    };
}
