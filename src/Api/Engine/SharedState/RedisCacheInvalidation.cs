using System.Text.Json;
using StackExchange.Redis;

namespace InfoGov.Api.Engine.SharedState;

/// <summary>Cache invalidation across the instances of a deployment: forgotten here at once and announced on
/// the deployment's Redis channel, on which every other instance forgets it too.</summary>
public sealed class RedisCacheInvalidation : LocalCacheInvalidation
{
    private readonly SharedRedis _redis;
    private readonly RedisChannel _channel;
    private readonly Guid _instance = Guid.NewGuid();

    public RedisCacheInvalidation(SharedRedis redis)
    {
        _redis = redis;
        _channel = redis.Channel("forget");
        redis.Subscribe(_channel, value =>
        {
            if (JsonSerializer.Deserialize<Forgotten>((byte[])value!) is { } forgotten && forgotten.Origin != _instance)
                ForgetHere(forgotten.Cache, forgotten.Key);
        });
    }

    public override void Forget(string cache, string key)
    {
        ForgetHere(cache, key);
        // When Redis is away, the other instances forget it when their short cache lapses.
        _redis.TryPublish(_channel, JsonSerializer.SerializeToUtf8Bytes(new Forgotten(_instance, cache, key)));
    }

    private sealed record Forgotten(Guid Origin, string Cache, string Key);
}
