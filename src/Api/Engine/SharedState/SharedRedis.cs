using StackExchange.Redis;

namespace InfoGov.Api.Engine.SharedState;

/// <summary>
/// The one connection of this instance to the deployment's Redis. It never fails the instance: the
/// connection is made in the background and remade whenever Redis comes back, and a command issued
/// while Redis is away fails at once (no backlog), so that every user of it falls back to this
/// instance's own state rather than making a request wait. Losing and regaining Redis is logged.
/// </summary>
public sealed class SharedRedis : IDisposable
{
    private readonly ILogger<SharedRedis> _logger;

    public SharedRedis(RedisOptions options, ILogger<SharedRedis> logger)
    {
        _logger = logger;
        Prefix = options.KeyPrefix;
        var configuration = ConfigurationOptions.Parse(options.Configuration!);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = options.TimeoutMilliseconds;
        configuration.SyncTimeout = options.TimeoutMilliseconds;
        configuration.AsyncTimeout = options.TimeoutMilliseconds;
        configuration.ClientName ??= "infogov";
        // Tried again every half second at first, then at most every five: back within seconds of Redis returning.
        configuration.ReconnectRetryPolicy = new ExponentialRetry(500, 5_000);
        Connection = ConnectionMultiplexer.Connect(configuration);
        Connection.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
                _logger.LogWarning("Redis at {Endpoint} is unreachable ({Failure}): rate budgets are this instance's own, and events reach this instance's subscribers only, until it returns",
                    e.EndPoint, e.FailureType);
        };
        Connection.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
                _logger.LogInformation("Redis at {Endpoint} answers again: rate budgets and events are shared across instances", e.EndPoint);
        };
        if (!Connection.IsConnected)
            _logger.LogWarning("Redis at {Endpoints} is unreachable at start: this instance serves on its own state until it answers",
                string.Join(", ", configuration.EndPoints));
    }

    public ConnectionMultiplexer Connection { get; }

    /// <summary>The deployment's prefix for keys and channels.</summary>
    public string Prefix { get; }

    /// <summary>Whether Redis can be asked now; when not, callers use this instance's own state without trying.</summary>
    public bool IsAvailable => Connection.IsConnected;

    public RedisChannel Channel(string name) => RedisChannel.Literal(Prefix + name);

    /// <summary>Publishes <paramref name="message"/> on <paramref name="channel"/> without waiting for it; false when Redis is
    /// away (nothing sent: the other instances miss it, and the caller's own instance has already acted on it).</summary>
    public bool TryPublish(RedisChannel channel, byte[] message)
    {
        if (!IsAvailable) return false;
        try
        {
            Connection.GetSubscriber().Publish(channel, message, CommandFlags.FireAndForget);
            return true;
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Listens on <paramref name="channel"/>. Made now when Redis answers; the client keeps the subscription
    /// and makes it again whenever its connection is remade, also when Redis was away at first.</summary>
    public void Subscribe(RedisChannel channel, Action<RedisValue> handler)
    {
        try
        {
            Connection.GetSubscriber().Subscribe(channel, (_, value) =>
            {
                try
                {
                    handler(value);
                }
                catch (Exception e)
                {
                    _logger.LogError(e, "A message on Redis channel {Channel} could not be handled", channel);
                }
            });
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            _logger.LogWarning("Listening on Redis channel {Channel} waits for Redis to answer", channel);
        }
    }

    public void Dispose() => Connection.Dispose();
}
