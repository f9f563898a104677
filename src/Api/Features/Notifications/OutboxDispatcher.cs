using System.Diagnostics;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Events;
using InfoGov.Api.Features.Webhooks;
using InfoGov.Domain.Integration;
using InfoGov.Infrastructure.Persistence;
using InfoGov.Infrastructure.Persistence.Interceptors;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Notifications;

/// <summary>
/// Publishes committed outbox messages: queues a delivery for every webhook that wants one, marks the
/// message dispatched, then hands it to the event bus for subscribers. Woken by each mutation that
/// wrote events, and otherwise every <see cref="NotificationOptions.PollInterval"/>; it also runs the
/// sweep that raises the events no mutation causes (an answer date passing, a grant nearing its end).
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, IEventBus bus, OutboxSignal signal, WebhookSignal webhooks, NotificationOptions options, Clock clock, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private const int BatchSize = 200;
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;
    private DateTimeOffset _nextColourSweep = DateTimeOffset.MinValue;
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>Colour checks run at most this often: each costs a handful of statements, so under load the
    /// projects of many reports are checked together rather than one check per commit.</summary>
    private static readonly TimeSpan ColourCheckSpacing = TimeSpan.FromSeconds(1);

    private readonly HashSet<Guid> _colourPending = [];
    /// <summary>The claim of the pass under way, released if the host stops in the middle of it.</summary>
    private Guid? _claim;
    private long _lastColourCheck;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var uncounted = SqlCommandCounter.Uncounted();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A sweep that fails is tried again after RetryAfterFailure, not on every pass: at 200,000
                // projects the colour sweep is seconds of CPU, and it would also hold up dispatching.
                if (clock.Now >= _nextSweep)
                {
                    _nextSweep = clock.Now + Min(RetryAfterFailure, options.SweepInterval);
                    await EventSweep.RunAsync(scopes, clock, options, stoppingToken);
                    _nextSweep = clock.Now + options.SweepInterval;
                }
                if (clock.Now >= _nextColourSweep)
                {
                    _nextColourSweep = clock.Now + Min(RetryAfterFailure, options.ColourSweepInterval);
                    // Every project: a costlier look than the sweep above, and colours move by the day.
                    await ColourWatch.RunAsync(scopes, clock, null, stoppingToken);
                    _nextColourSweep = clock.Now + options.ColourSweepInterval;
                }
                // A batch that changed projects can change their colours: those are announced, and dispatched, next.
                while (true)
                {
                    var (count, projects) = await DispatchBatchAsync(stoppingToken);
                    _colourPending.UnionWith(projects);
                    var announced = await CheckColoursAsync(stoppingToken);
                    if (count < BatchSize && announced == 0) break;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                await WorkClaims.ReleaseAsync(scopes, _claim, logger);
                return;
            }
            catch (Exception e)
            {
                // The messages stay in the outbox and are taken again on the next pass.
                logger.LogError(e, "Dispatching the outbox failed");
            }
            try
            {
                await signal.WaitAsync(_colourPending.Count > 0 ? ColourCheckSpacing : options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <returns>How many colour changes were announced: none when no project waits, or the last check was too recent.</returns>
    private async Task<int> CheckColoursAsync(CancellationToken cancellationToken)
    {
        // Real elapsed time, not the deployment's clock: the spacing is about load, and a clock can stand still.
        if (_colourPending.Count == 0 || (_lastColourCheck != 0 && Stopwatch.GetElapsedTime(_lastColourCheck) < ColourCheckSpacing)) return 0;
        var announced = await ColourWatch.RunAsync(scopes, clock, [.. _colourPending], cancellationToken);
        _colourPending.Clear();
        _lastColourCheck = Stopwatch.GetTimestamp();
        return announced;
    }

    /// <summary>Events after which a project's colour may differ.</summary>
    private static readonly HashSet<EventKind> ColourCauses = [EventKind.ProjectStatusChanged, EventKind.ProgressReportFiled, EventKind.ChangeRequestDecided, EventKind.MilestoneCompleted];

    /// <returns>How many messages were dispatched, and the projects of those that may have changed a colour.</returns>
    private async Task<(int Count, IReadOnlyCollection<Guid> Projects)> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        var now = clock.Now;
        var candidates = await db.OutboxMessages.Where(m => m.DispatchedAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0) return (0, []);
        // Of several instances, each message goes to the one whose claim lands first (WorkClaims).
        var claim = Guid.NewGuid();
        _claim = claim;
        var until = now + options.ClaimLease;
        await db.OutboxMessages.Where(m => candidates.Contains(m.Id) && m.DispatchedAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, claim).SetProperty(m => m.ClaimedUntil, until), cancellationToken);
        var messages = await db.OutboxMessages.Where(m => m.ClaimedBy == claim).OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        if (messages.Count == 0) return (candidates.Count, []);

        var hooks = await db.Webhooks.AsNoTracking().Where(w => w.RemovedAt == null).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var message in messages)
        {
            foreach (var hook in hooks.Where(h => h.Wants(message)))
            {
                db.WebhookDeliveries.Add(WebhookDelivery.For(hook, message, now));
                queued++;
            }
            message.MarkDispatched(now);
            message.ReleaseClaim();
        }
        await db.SaveChangesAsync(cancellationToken);
        if (queued > 0) webhooks.Poke();
        foreach (var message in messages) bus.Publish(message);
        return (messages.Count, messages.Where(m => ColourCauses.Contains(m.Kind) && m.ProjectId is not null).Select(m => m.ProjectId!.Value).ToHashSet());
    }
}
