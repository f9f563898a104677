using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Accesses to shared data: each one, allowed or refused, goes into the resource's hash-chained access log.</summary>
public static class DataAccessMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<DataAccessReceiptGraphType, RecordDataAccessInputGraphType, RecordDataAccessInput>("recordDataAccess", DataSharingReaders.DataAccessors,
            "Records an access by the caller's department: to an unconditional entry, or to a conditional one under an active grant for the items read. Refused with NOT_GRANTED, GRANT_EXPIRED or NOT_PERMITTED otherwise; refusals are logged too.",
            "The entry, the items and the purpose.", RecordAsync);

    private static Task<Payload> RecordAsync(IResolveFieldContext ctx, RecordDataAccessInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(DataAccessLogEntry), null, async (scope, ct) =>
        {
            var accessor = scope.RequireCallerDepartment();
            var resource = await scope.Db.DataResources.SingleOrDefaultAsync(r => r.Code == input.ResourceCode, ct)
                ?? throw new MutationRefusal(new UserError(UserError.NotFound, $"No catalog entry has the code '{input.ResourceCode}'.", "resourceCode"));
            if (string.IsNullOrWhiteSpace(input.Purpose)) throw new MutationRefusal(new UserError(UserError.Validation, "State the purpose of the access.", "purpose"));
            var ids = input.ItemIds.Select(g => MutationContextExtensions.IdOf(g, nameof(DataItem), "itemIds")).Distinct().ToList();
            var items = await scope.Db.DataItems.Where(i => i.ResourceId == resource.Id && ids.Contains(i.Id)).ToListAsync(ct);
            if (items.Count != ids.Count || ids.Count == 0)
                throw new MutationRefusal(new UserError(UserError.NotFound, "Name at least one item, all of this catalog entry.", "itemIds"));

            // Decide, then log either way: a refused access is evidence too.
            var grants = await scope.Db.SharingGrants.Where(g => g.ResourceId == resource.Id && g.GranteeDepartmentId == accessor && g.RevokedAt == null).ToListAsync(ct);
            var grantIds = grants.Select(g => g.Id).ToList();
            var grantedItems = (await scope.Db.GrantItems.Where(i => grantIds.Contains(i.GrantId)).ToListAsync(ct))
                .GroupBy(i => i.GrantId).ToDictionary(g => g.Key, g => (IReadOnlySet<Guid>)g.Select(i => i.DataItemId).ToHashSet());
            var (grant, violation) = DataAccessPolicy.Decide(resource, accessor, items, grants, grantedItems, scope.Today);
            var refusal = violation is null ? null : new UserError(violation.Code, violation.Message, violation.Field);

            // The head, not the newest stored row, says where the chain goes on: rows cut off the end stay missing.
            var head = await scope.Db.AccessLogHeads.SingleOrDefaultAsync(h => h.ResourceId == resource.Id, ct);
            if (head is null) scope.Db.AccessLogHeads.Add(head = AccessLogHead.Start(resource.Id));
            var by = scope.Caller.Name ?? scope.Caller.ObjectId ?? "unknown";
            var names = string.Join(",", items.OrderBy(i => i.Ordinal).Select(i => i.Name));
            var entry = head.Append(grant?.Id, accessor, scope.Now, by, names, input.Purpose.Trim(), input.RecordCount ?? 0, refusal?.Code);
            scope.Db.DataAccessLog.Add(entry);
            return new MutationRunner.Change(refusal is null ? new DataAccessReceipt(entry.Sequence, entry.AccessedAt, entry.Items, entry.Hash) : null, entry,
                $"{(refusal is null ? "Access" : "Refused access")} to {resource.Code} ({names}) by {by}.", refusal);
        });
}
