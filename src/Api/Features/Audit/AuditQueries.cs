using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Audit;

/// <summary>The root field of the audit trail.</summary>
public static class AuditQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, AuditEntryGraphType>("auditEntries", "The audit trail of mutations, latest first.")
            .ReadableBy(AuditReaders.Auditors)
            .Argument<AuditEntryFilterInputGraphType>("filter", "Conditions the entries must meet.")
            .ResolveQuery(ctx =>
            {
                var filter = ctx.GetArgument<AuditEntryFilter?>("filter");
                var entries = ctx.Loaders().Db.AuditEntries.AsNoTracking();
                if (filter?.EntityId is { } global)
                {
                    GlobalId.TryDecode(global, out var type, out var id);
                    entries = entries.Where(a => a.EntityType == type && a.EntityId == id);
                }
                if (filter?.ActorObjectId is { } actor) entries = entries.Where(a => a.ActorObjectId == actor);
                if (filter?.Action is { } action) entries = entries.Where(a => a.Action == action);
                if (filter?.From is { } from) entries = entries.Where(a => a.OccurredAt >= from);
                if (filter?.To is { } to) entries = entries.Where(a => a.OccurredAt < to);
                return entries.OrderByDescending(a => a.OccurredAt).ThenBy(a => a.Id);
            });
}
