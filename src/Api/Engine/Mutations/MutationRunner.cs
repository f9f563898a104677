using GraphQL;
using InfoGov.Api.Engine.Audit;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Events;
using InfoGov.Api.Engine.Integration;
using InfoGov.Api.Engine.Loading;
using InfoGov.Domain.Common;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Engine.Mutations;

/// <summary>
/// Runs one mutation all-or-nothing: one transaction around the body and its audit entry. A refusal
/// (a rule, a stale version, a concurrent write that won) rolls everything back and writes only its
/// audit entry. Every outcome is audited with the caller, the role used and the correlation id.
/// </summary>
public sealed class MutationRunner(InfoGovDbContext db, Loaders loaders, IHttpContextAccessor http, Clock clock, OutboxSignal outbox, IEventOutbox events, ILogger<MutationRunner> logger)
{
    public delegate Task<Change> Body(MutationScope scope, CancellationToken cancellationToken);

    /// <summary>What a body changed. A <paramref name="Refusal"/> with a change is a refusal whose record must
    /// stay (a refused data access is logged): the change is committed and the payload carries the error.
    /// <paramref name="Target"/> is null for a change of many objects (an import), audited without one.</summary>
    public sealed record Change(object? Result, Entity? Target, string Summary, UserError? Refusal = null);

    public async Task<Payload> RunAsync(IResolveFieldContext context, string entityType, Guid? targetId, Body body)
    {
        var caller = loaders.Caller;
        var access = context.FieldDefinition.AccessOf() ?? Access.Roles();
        var departmentId = caller.DepartmentId;
        var scope = new MutationScope(db, caller, access, departmentId, clock.Now, clock.Today);
        var operation = context.FieldDefinition.Name;

        // Through the provider's execution strategy: a retrying one (SQL Server, PostgreSQL) refuses
        // a transaction opened outside it, and replays the whole attempt after a transient fault.
        var attempts = 0;
        var (payload, refusal) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            if (attempts++ > 0) db.ChangeTracker.Clear();
            return await AttemptAsync(scope, context.Schema, operation, entityType, body, ct);
        }, context.CancellationToken);
        if (payload is not null) return payload;

        db.ChangeTracker.Clear();
        db.AuditEntries.Add(Audit(scope, operation, entityType, targetId, AuditOutcome.Refused, refusal!.Code, refusal.Message));
        await db.SaveChangesAsync(context.CancellationToken);
        return Payload.Refused(refusal);
    }

    /// <summary>One attempt in one transaction: the committed payload, or the refusal after a rollback.</summary>
    private async Task<(Payload? Payload, UserError? Refusal)> AttemptAsync(MutationScope scope, GraphQL.Types.ISchema schema, string operation, string entityType, Body body, CancellationToken ct)
    {
        UserError refusal;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                var change = await body(scope, ct);
                db.AuditEntries.Add(Audit(scope, operation, entityType, change.Target?.Id,
                    change.Refusal is null ? AuditOutcome.Succeeded : AuditOutcome.Refused, change.Refusal?.Code, change.Summary));
                await ChangeFeed.RecordAsync(db, schema, scope.Now, ct);
                var notify = await events.RecordAsync(db, scope.Now, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                // Events go out only now that the change is committed.
                if (notify) outbox.Poke();
                return (change.Refusal is null ? Payload.Success(change.Result!) : new Payload(change.Result, [change.Refusal]), null);
            }
            catch (MutationRefusal e) { refusal = e.Error; }
            catch (RuleViolation e) { refusal = new UserError(e.Code, e.Message, e.Field); }
            catch (DbUpdateConcurrencyException e)
            {
                var entry = e.Entries.FirstOrDefault(x => x.Entity is VersionedEntity);
                var stored = entry is null ? null : await entry.GetDatabaseValuesAsync(ct);
                var version = stored?.GetValue<int>(nameof(VersionedEntity.Version));
                refusal = new UserError(UserError.Conflict, "Someone else changed this object at the same time; nothing was saved. Reload it and retry.", "version")
                { CurrentVersion = version };
            }
            catch (DbUpdateException e) when (!Errors.DatabaseOutage.Is(e))
            {
                logger.LogWarning(e, "Mutation {Operation} refused by the database", operation);
                refusal = new UserError(UserError.Conflict, "The change collides with another one saved at the same time; nothing was saved. Retry.");
            }
            await transaction.RollbackAsync(ct);
        }
        return (null, refusal);
    }

    private AuditEntry Audit(MutationScope scope, string operation, string entityType, Guid? entityId, AuditOutcome outcome, string? code, string? details) =>
        AuditActor.Of(scope.Caller, http.HttpContext).Entry(scope.Now, operation, entityType, entityId, outcome, code, details, scope.RoleUsed);
}
