using System.Collections.Concurrent;
using InfoGov.Api.Engine.SharedState;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Engine.PersistedDocuments;

/// <summary>
/// The registered documents by hash, for the endpoint: read from the database and kept in memory
/// for a minute, so that a dashboard's steady requests cost no query. A removal is forgotten by every
/// instance at once where the deployment shares a Redis, otherwise within that minute. A hash not
/// registered is never remembered: a registration counts at once.
/// </summary>
public sealed class TrustedDocuments
{
    public const int MaxCached = 10_000;
    private const string CacheName = "trusted-document";
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ICacheInvalidation _invalidation;

    public TrustedDocuments(IServiceScopeFactory scopes, TimeProvider time, ICacheInvalidation invalidation)
    {
        _scopes = scopes;
        _time = time;
        _invalidation = invalidation;
        _invalidation.OnForget(CacheName, hash => _cached.TryRemove(hash, out _));
    }

    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (string Text, DateTimeOffset Until)> _cached = new(StringComparer.Ordinal);

    /// <summary>The text registered under <paramref name="hash"/>, or null.</summary>
    public async Task<string?> TextOfAsync(string hash, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_cached.TryGetValue(hash, out var cached) && cached.Until > now) return cached.Text;
        await using var scope = _scopes.CreateAsyncScope();
        var text = await scope.ServiceProvider.GetRequiredService<InfoGovDbContext>().TrustedDocuments.AsNoTracking()
            .Where(d => d.Hash == hash).Select(d => d.Text).FirstOrDefaultAsync(cancellationToken);
        if (text is null) _cached.TryRemove(hash, out _);
        else if (_cached.Count < MaxCached || _cached.ContainsKey(hash)) _cached[hash] = (text, now + Freshness);
        return text;
    }

    /// <summary>Drops a removed document from every instance's memory.</summary>
    public void Forget(string hash) => _invalidation.Forget(CacheName, hash);
}
