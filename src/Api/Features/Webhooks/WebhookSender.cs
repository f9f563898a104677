using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Relay;
using InfoGov.Domain.Integration;
using InfoGov.Infrastructure.Persistence;
using InfoGov.Infrastructure.Persistence.Interceptors;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Webhooks;

/// <summary>
/// Sends due webhook deliveries: a signed JSON POST per delivery, recorded as an attempt on the
/// delivery (the owner's log). A 2xx delivers; anything else, or no answer within the timeout, is
/// retried with exponential backoff. The body names the event and its subject by global id and
/// carries no field values: the receiver reads the subject with its own token and access.
/// </summary>
public sealed class WebhookSender(
    IServiceScopeFactory scopes, IHttpClientFactory clients, WebhookSignal signal, WebhookSecrets secrets, WebhookOptions options,
    Notifications.NotificationOptions notifications, Clock clock, ILogger<WebhookSender> logger)
    : BackgroundService
{
    public const string ClientName = "InfoGov.Webhooks";
    private const int BatchSize = 50;
    /// <summary>The claim of the pass under way, released if the host stops in the middle of it.</summary>
    private Guid? _claim;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var uncounted = SqlCommandCounter.Uncounted();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) == BatchSize) { }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // A call cut short may have reached its receiver: the event id header lets it drop the second copy.
                await Notifications.WorkClaims.ReleaseAsync(scopes, _claim, logger);
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Sending webhook deliveries failed");
            }
            try
            {
                await signal.WaitAsync(NextWait(), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // A retry due sooner than the poll interval is not kept waiting for it.
    private TimeSpan NextWait() => options.FirstRetryDelay < options.PollInterval ? options.FirstRetryDelay : options.PollInterval;

    private async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        var now = clock.Now;
        var candidates = await db.WebhookDeliveries
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0) return 0;
        // Of several instances, each delivery goes to the one whose claim lands first (Notifications.WorkClaims).
        var claim = Guid.NewGuid();
        _claim = claim;
        var until = now + notifications.ClaimLease;
        await db.WebhookDeliveries.Where(d => candidates.Contains(d.Id) && d.Status == WebhookDeliveryStatus.Pending && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedBy, claim).SetProperty(d => d.ClaimedUntil, until), cancellationToken);
        var due = await db.WebhookDeliveries.Where(d => d.ClaimedBy == claim).OrderBy(d => d.NextAttemptAt).ToListAsync(cancellationToken);
        if (due.Count == 0) return candidates.Count;
        var hookIds = due.Select(d => d.WebhookId).Distinct().ToList();
        var eventIds = due.Select(d => d.EventId).Distinct().ToList();
        var hooks = await db.Webhooks.AsNoTracking().Where(w => hookIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken);
        var events = await db.OutboxMessages.AsNoTracking().Where(m => eventIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        foreach (var delivery in due)
        {
            var hook = hooks[delivery.WebhookId];
            if (!hook.IsActive)
            {
                delivery.RecordAttempt(clock.Now, null, "The webhook was removed.", TimeSpan.Zero);
                delivery.ReleaseClaim();
                continue;
            }
            var (status, error) = await SendAsync(hook, events[delivery.EventId], cancellationToken);
            delivery.RecordAttempt(clock.Now, status, error, options.FirstRetryDelay);
            delivery.ReleaseClaim();
            // Saved after each attempt: a stop in the middle of a batch must not send a delivered event again.
            await db.SaveChangesAsync(cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    private async Task<(int? Status, string? Error)> SendAsync(Webhook hook, OutboxMessage message, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(WebhookBody.Of(message));
        var timestamp = clock.Now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.EventIdHeader, message.Id.ToString());
        request.Headers.Add(WebhookSignature.WebhookIdHeader, GlobalId.Encode(nameof(Webhook), hook.Id));
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secrets.Unprotect(hook.ProtectedSecret), timestamp, body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return ((int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"No answer within {options.Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException e)
        {
            logger.LogInformation("Webhook {WebhookId} unreachable after {ElapsedMs:0} ms: {Reason}", hook.Id, Stopwatch.GetElapsedTime(started).TotalMilliseconds, e.Message);
            return (null, e.InnerException?.Message ?? e.Message);
        }
    }
}
