using System.Collections.Immutable;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Engine.Events;

/// <summary>The event bus of a single instance: a list of listeners, copied on write.</summary>
public sealed class InProcessEventBus(ILogger<InProcessEventBus> logger) : IEventBus
{
    private ImmutableList<Action<OutboxMessage>> _listeners = [];

    public void Publish(OutboxMessage message)
    {
        foreach (var listener in _listeners)
        {
            try
            {
                listener(message);
            }
            catch (Exception e)
            {
                // One faulty subscriber must not keep the event from the others.
                logger.LogError(e, "A subscriber failed on event {EventId}", message.Id);
            }
        }
    }

    public IDisposable Subscribe(Action<OutboxMessage> listener)
    {
        ImmutableInterlocked.Update(ref _listeners, list => list.Add(listener));
        return new Subscription(() => ImmutableInterlocked.Update(ref _listeners, list => list.Remove(listener)));
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose();
        }
    }
}
