using InfoGov.Api.Engine.Common;
using InfoGov.Domain.DataSharing;
using InfoGov.Infrastructure.Persistence;
using InfoGov.Infrastructure.Persistence.Interceptors;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>
/// Signs the head of every access-log chain that grew since its last checkpoint, every
/// <see cref="DataSharingOptions.CheckpointInterval"/>. Every instance runs it; the unique chain position of a checkpoint
/// lets one signature of a head in, and the other instance's attempt is dropped.
/// </summary>
public sealed class AccessLogCheckpointer(IServiceScopeFactory scopes, CheckpointSigner signer, Clock clock, DataSharingOptions options,
    ILogger<AccessLogCheckpointer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Background work: not counted against any request's statements.
        using var uncounted = SqlCommandCounter.Uncounted();
        using var timer = new PeriodicTimer(options.CheckpointInterval);
        do
        {
            try
            {
                await SignAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Signing access-log checkpoints failed; tried again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>One pass: a checkpoint for each chain whose head moved past its newest checkpoint.</summary>
    public async Task<int> SignAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        var heads = await db.AccessLogHeads.AsNoTracking()
            .Where(h => h.Sequence > 0 && !db.AccessLogCheckpoints.Any(c => c.ResourceId == h.ResourceId && c.Sequence >= h.Sequence))
            .ToListAsync(ct);
        if (heads.Count == 0) return 0;
        var (keyId, sign) = await signer.CurrentAsync(db, clock.Now, ct);
        db.AccessLogCheckpoints.AddRange(heads.Select(h => AccessLogCheckpoint.Of(h, clock.Now, keyId, sign)!));
        try
        {
            await db.SaveChangesAsync(ct);
            return heads.Count;
        }
        catch (DbUpdateException)
        {
            // Another instance signed one of these heads in between; the next pass signs what is left.
            return 0;
        }
    }
}
