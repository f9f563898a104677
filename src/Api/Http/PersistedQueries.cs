using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GraphQL.Transport;
using InfoGov.Api.Errors;

namespace InfoGov.Api.Http;

/// <summary>
/// Automatic persisted queries, as Apollo's persisted-query link speaks them: a request may send
/// <c>extensions.persistedQuery = { version: 1, sha256Hash }</c> instead of its query. An unknown hash
/// answers <c>PERSISTED_QUERY_NOT_FOUND</c> (status 200, so that the client sends the query once and
/// keeps using hashes), a hash sent with its query is checked against it and remembered. The text is
/// resolved before anything else, so every limit, rate cost and access check applies to it as to any
/// query. Bounded in memory; a shared store (the database, Redis) would replace it for several
/// instances. GraphQL.NET's persisted-document handler answers the other wire format (<c>documentId</c>),
/// after parsing, too late for the endpoint's own limits, so the endpoint resolves hashes itself.
/// </summary>
public sealed class PersistedQueries
{
    public const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, string> _byHash = new(StringComparer.Ordinal);

    /// <summary>The request with its query text, or the error to answer with.</summary>
    public (GraphQLRequest? Request, TransportError? Error) Resolve(GraphQLRequest request)
    {
        if (request.Extensions?.TryGetValue("persistedQuery", out var value) != true) return (request, null);
        if (value is not IDictionary<string, object?> persisted || !persisted.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string hash)
            return (null, new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "'extensions.persistedQuery' needs a 'sha256Hash'."));
        if (!persisted.TryGetValue("version", out var version) || !IsVersionOne(version))
            return (null, new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryNotSupported, "PersistedQueryNotSupported: only version 1 is supported."));
        hash = hash.ToLowerInvariant();
        if (string.IsNullOrEmpty(request.Query))
        {
            if (!_byHash.TryGetValue(hash, out var known))
                return (null, new TransportError(StatusCodes.Status200OK, ErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound"));
            return (With(request, known), null);
        }
        if (HashOf(request.Query) != hash)
            return (null, new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryHashMismatch, "The sha256Hash does not match the query."));
        if (_byHash.Count < MaxEntries) _byHash.TryAdd(hash, request.Query);
        return (request, null);
    }

    public static string HashOf(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

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
