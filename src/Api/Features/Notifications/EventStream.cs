using System.Threading.Channels;
using GraphQL.Types;
using InfoGov.Api.Engine.Events;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Features.Notifications;

/// <summary>
/// The events one subscriber receives: those of the bus that match its filter and whose subject it may
/// see (checked per event, in a scope of its own, with the subscriber's own row visibility), in order.
/// The check and the delivery run on a task started when the subscription starts, so they carry the
/// subscriber's request context (its user) rather than that of whichever commit published the event.
/// A subscriber that falls more than <see cref="Buffer"/> events behind loses the oldest; the change
/// feed is where it catches up.
/// </summary>
public sealed class EventStream(IEventBus bus, IServiceScopeFactory scopes, ISchema schema, EventFilter filter) : IObservable<object?>
{
    public const int Buffer = 256;

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var queue = Channel.CreateBounded<OutboxMessage>(new BoundedChannelOptions(Buffer) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var stop = new CancellationTokenSource();
        var listening = bus.Subscribe(message =>
        {
            if (filter.Matches(message)) queue.Writer.TryWrite(message);
        });
        _ = Task.Run(() => PumpAsync(queue.Reader, observer, stop.Token));
        return new Stop(() =>
        {
            listening.Dispose();
            queue.Writer.TryComplete();
            stop.Cancel();
        });
    }

    private async Task PumpAsync(ChannelReader<OutboxMessage> queue, IObserver<object?> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in queue.ReadAllAsync(cancellationToken))
                if (await VisibleAsync(message, cancellationToken)) observer.OnNext(message);
        }
        catch (OperationCanceledException)
        {
            // Unsubscribed.
        }
        catch (Exception e)
        {
            observer.OnError(e);
        }
    }

    private async Task<bool> VisibleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var loaders = scope.ServiceProvider.GetRequiredService<Loaders>();
        return await NodeQueries.Load(loaders, schema, message.SubjectType, message.SubjectId).GetResultAsync(cancellationToken) is not null;
    }

    private sealed class Stop(Action stop) : IDisposable
    {
        private int _stopped;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _stopped, 1) == 0) stop();
        }
    }
}
