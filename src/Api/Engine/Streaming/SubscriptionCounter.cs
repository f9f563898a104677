using System.Collections.Concurrent;

namespace InfoGov.Api.Engine.Streaming;

/// <summary>Counts each caller's active subscriptions on this instance, across its connections and streams.</summary>
public sealed class SubscriptionCounter(StreamingOptions options)
{
    private readonly ConcurrentDictionary<string, int> _active = new();

    /// <summary>Takes a place for <paramref name="caller"/>; false when it holds the maximum already.</summary>
    public bool TryTake(string caller)
    {
        while (true)
        {
            var current = _active.GetOrAdd(caller, 0);
            if (current >= options.MaxPerCaller) return false;
            if (_active.TryUpdate(caller, current + 1, current)) return true;
        }
    }

    public void Release(string caller)
    {
        while (_active.TryGetValue(caller, out var current))
        {
            if (current <= 1 ? _active.TryRemove(new KeyValuePair<string, int>(caller, current)) : _active.TryUpdate(caller, current - 1, current)) return;
        }
    }

    /// <summary>The key a caller's subscriptions are counted under: its object id, else its client id.</summary>
    public static string KeyOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.FindFirst("oid")?.Value ?? user.FindFirst("azp")?.Value ?? user.FindFirst("appid")?.Value ?? user.FindFirst("sub")?.Value ?? "?";
}
