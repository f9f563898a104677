using InfoGov.Domain.Integration;

namespace InfoGov.Api.Engine.Events;

/// <summary>
/// Where committed events go to reach the subscribers connected to this instance. The dispatcher
/// publishes each outbox message once; every subscriber gets every message and filters it. In one
/// process this is <see cref="InProcessEventBus"/>; with several instances, an implementation on
/// Redis pub/sub (or a database notification channel) takes its place, so that a subscriber connected
/// to one instance hears of a change committed through another.
/// </summary>
public interface IEventBus
{
    /// <summary>Hands <paramref name="message"/> to every current subscriber.</summary>
    void Publish(OutboxMessage message);

    /// <summary>Calls <paramref name="listener"/> with every message published from now until disposed.
    /// The listener must not block: it is called on the publisher's thread.</summary>
    IDisposable Subscribe(Action<OutboxMessage> listener);
}
