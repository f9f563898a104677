using System.Collections.Concurrent;
using GraphQL.Transport;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Http;
using InfoGov.Api.Engine.SharedState;
using InfoGov.Domain.Integration;
using StackExchange.Redis;

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
/// learnt from clients are bounded in memory, and shared through the deployment's Redis where it has one (so that a
/// client that taught one instance is understood by the next); registered ones live in the database. GraphQL.NET's
/// persisted-document handler answers the other wire format (<c>documentId</c>), after parsing, too
/// late for the endpoint's own limits, so the endpoint resolves hashes itself.
/// </summary>
public sealed class PersistedQueries(TrustedDocuments trusted, SharedRedis? redis = null)
{
    public const int MaxEntries = 10_000;
    /// <summary>How long a learnt query is kept in Redis after it was last taught.</summary>
    private static readonly TimeSpan SharedFor = TimeSpan.FromDays(7);
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
            var known = (registeredOnly ? null : await LearntAsync(hash))
                        ?? await trusted.TextOfAsync(hash, cancellationToken);
            if (known is null)
                return (null, registeredOnly ? RegisteredOnly : new TransportError(StatusCodes.Status200OK, ErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound"));
            return (With(request, known), null);
        }
        if (HashOf(request.Query) != hash)
            return (null, new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryHashMismatch, "The sha256Hash does not match the query."));
        if (registeredOnly)
            return await trusted.TextOfAsync(hash, cancellationToken) is null ? (null, RegisteredOnly) : (request, null);
        Learn(hash, request.Query);
        return (request, null);
    }

    private async ValueTask<string?> LearntAsync(string hash)
    {
        if (_byHash.TryGetValue(hash, out var learnt)) return learnt;
        if (redis is not { IsAvailable: true }) return null;
        try
        {
            string? shared = await redis.Connection.GetDatabase().StringGetAsync(redis.Prefix + "apq:" + hash);
            // Checked as a client's text is: what another instance stored must still be the text of its hash.
            if (shared is null || HashOf(shared) != hash) return null;
            if (_byHash.Count < MaxEntries) _byHash.TryAdd(hash, shared);
            return shared;
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            return null; // Redis is away: the client sends the query again, as for any unknown hash.
        }
    }

    private void Learn(string hash, string query)
    {
        if (_byHash.Count < MaxEntries) _byHash.TryAdd(hash, query);
        if (redis is not { IsAvailable: true }) return;
        try
        {
            redis.Connection.GetDatabase().StringSet(redis.Prefix + "apq:" + hash, query, SharedFor, flags: CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            // Taught to this instance only.
        }
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
