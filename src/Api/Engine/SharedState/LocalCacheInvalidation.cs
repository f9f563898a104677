using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace InfoGov.Api.Engine.SharedState;

/// <summary>Cache invalidation within one instance: the callbacks registered for a cache, called at once.</summary>
public class LocalCacheInvalidation : ICacheInvalidation
{
    private readonly ConcurrentDictionary<string, ImmutableList<Action<string>>> _handlers = new(StringComparer.Ordinal);

    public virtual void Forget(string cache, string key) => ForgetHere(cache, key);

    public void OnForget(string cache, Action<string> forget) =>
        _handlers.AddOrUpdate(cache, _ => [forget], (_, list) => list.Add(forget));

    protected void ForgetHere(string cache, string key)
    {
        if (!_handlers.TryGetValue(cache, out var handlers)) return;
        foreach (var forget in handlers) forget(key);
    }
}
