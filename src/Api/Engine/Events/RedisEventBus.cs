using System.Text.Json;
using InfoGov.Api.Engine.SharedState;
using InfoGov.Domain.Integration;
using StackExchange.Redis;

namespace InfoGov.Api.Engine.Events;

/// <summary>
/// The event bus of a deployment of several instances: an event is handed to this instance's
/// subscribers at once and published on the deployment's Redis channel, from which every other
/// instance hands it to its own. Each instance skips its own publications, so a subscriber hears an
/// event once whichever instance dispatched it. While Redis is away the other instances' subscribers
/// miss the events of this one (the change feed is where they catch up); this instance's hear them all.
/// </summary>
public sealed class RedisEventBus : IEventBus
{
    private readonly InProcessEventBus _local;
    private readonly SharedRedis _redis;
    private readonly ILogger<RedisEventBus> _logger;
    private readonly RedisChannel _channel;
    private readonly Guid _instance = Guid.NewGuid();

    public RedisEventBus(SharedRedis redis, ILogger<RedisEventBus> logger, ILogger<InProcessEventBus> localLogger)
    {
        _local = new InProcessEventBus(localLogger);
        _redis = redis;
        _logger = logger;
        _channel = redis.Channel("events");
        // The client remembers the subscription and makes it again whenever the connection is remade.
        redis.Subscribe(_channel, OnPublished);
    }

    public void Publish(OutboxMessage message)
    {
        _local.Publish(message);
        if (!_redis.TryPublish(_channel, JsonSerializer.SerializeToUtf8Bytes(SharedEvent.Of(_instance, message))))
            _logger.LogDebug("Event {EventId} reached this instance's subscribers only", message.Id);
    }

    public IDisposable Subscribe(Action<OutboxMessage> listener) => _local.Subscribe(listener);

    private void OnPublished(RedisValue value)
    {
        SharedEvent? shared;
        try
        {
            shared = JsonSerializer.Deserialize<SharedEvent>((byte[])value!);
        }
        catch (JsonException e)
        {
            _logger.LogWarning(e, "A message on the events channel was not an event; ignored");
            return;
        }
        if (shared is null || shared.Origin == _instance) return;
        _local.Publish(shared.ToMessage());
    }

    /// <summary>An outbox message as it travels between instances, with the instance that dispatched it.</summary>
    private sealed record SharedEvent(
        Guid Origin, Guid Id, EventKind Kind, string SubjectType, Guid SubjectId, Guid? ProjectId, Guid? ResourceId,
        Guid? DepartmentId, Guid? CounterpartDepartmentId, DateTimeOffset OccurredAt)
    {
        public static SharedEvent Of(Guid origin, OutboxMessage m) =>
            new(origin, m.Id, m.Kind, m.SubjectType, m.SubjectId, m.ProjectId, m.ResourceId, m.DepartmentId, m.CounterpartDepartmentId, m.OccurredAt);

        public OutboxMessage ToMessage() => new()
        {
            Id = Id,
            Kind = Kind,
            SubjectType = SubjectType,
            SubjectId = SubjectId,
            ProjectId = ProjectId,
            ResourceId = ResourceId,
            DepartmentId = DepartmentId,
            CounterpartDepartmentId = CounterpartDepartmentId,
            OccurredAt = OccurredAt,
        };
    }
}
