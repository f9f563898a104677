using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>A department's catalog: register, edit, publish and retire its entries.</summary>
public static class CatalogMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<DataResourceGraphType, RegisterDataResourceInputGraphType, RegisterDataResourceInput>("registerDataResource", DataSharingReaders.CatalogKeepers,
            "Registers a catalog entry of the caller's department as a draft. Conditional entries state their conditions, entries not shared their legal basis.",
            "The entry and its items.", RegisterAsync);
        mutation.Mutation<DataResourceGraphType, UpdateDataResourceInputGraphType, UpdateDataResourceInput>("updateDataResource", DataSharingReaders.CatalogKeepers,
            "Edits a draft or published entry of the caller's department.",
            "The changes.", UpdateAsync);
        mutation.Mutation<DataResourceGraphType, DataResourceVersionInputGraphType, DataResourceVersionInput>("publishDataResource", DataSharingReaders.CatalogKeepers,
            "Publishes a draft entry: other departments can find, request and use it.",
            "The entry and its version.", PublishAsync);
        mutation.Mutation<DataResourceGraphType, DataResourceVersionInputGraphType, DataResourceVersionInput>("retireDataResource", DataSharingReaders.CatalogKeepers,
            "Retires an entry: it keeps its history and its grants end now.",
            "The entry and its version.", RetireAsync);
    }

    private static Task<Payload> RegisterAsync(IResolveFieldContext ctx, RegisterDataResourceInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(DataResource), null, async (scope, ct) =>
        {
            var provider = scope.RequireCallerDepartment();
            if (string.IsNullOrWhiteSpace(input.Code)) throw new MutationRefusal(new UserError(UserError.Validation, "Give the entry a catalog code.", "code"));
            await scope.RequireNoneAsync(scope.Db.DataResources.Where(r => r.Code == input.Code.Trim()), UserError.Validation, $"The catalog code '{input.Code.Trim()}' is taken.", "code", ct);
            var (resource, items) = Draft(input, provider);
            scope.Db.DataResources.Add(resource);
            scope.Db.DataItems.AddRange(items);
            return new MutationRunner.Change(resource, resource, $"Registered draft {resource.Code} with {items.Count} items.");
        });

    /// <summary>A new draft entry with its items, checked by the catalog rules: what <c>registerDataResource</c>
    /// and the catalog import both make.</summary>
    internal static (DataResource Resource, List<DataItem> Items) Draft(RegisterDataResourceInput input, Guid provider)
    {
        var resource = new DataResource
        {
            Code = input.Code.Trim(),
            Name = input.Name.Trim(),
            NameEn = input.NameEn?.Trim(),
            ProviderDepartmentId = provider,
            Summary = input.Summary.Trim(),
            Classification = input.Classification,
            Format = input.Format.Trim(),
            UpdateCycle = input.UpdateCycle,
            Delivery = input.Delivery,
            SharingType = input.SharingType,
            OpenType = input.OpenType,
            SharingConditions = input.SharingConditions?.Trim(),
            LegalBasisForNotSharing = input.LegalBasisForNotSharing?.Trim(),
        };
        resource.MarkDraft();
        var items = input.Items.Select((i, n) => new DataItem
        {
            ResourceId = resource.Id,
            Ordinal = n + 1,
            Name = i.Name.Trim(),
            DataType = i.DataType.Trim(),
            Description = i.Description?.Trim(),
            IsShared = i.IsShared ?? true,
        }).ToList();
        CatalogRules.Check(resource, items);
        return (resource, items);
    }

    private static Task<Payload> UpdateAsync(IResolveFieldContext ctx, UpdateDataResourceInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(DataResource), MutationContextExtensions.TargetId(input.Id, nameof(DataResource)), async (scope, ct) =>
        {
            var resource = await OwnAsync(scope, input.Id, input.Version, ct);
            resource.Revise(new DataResourceEdit
            {
                Name = input.Name,
                NameEn = input.NameEn,
                Summary = input.Summary,
                Format = input.Format,
                UpdateCycle = input.UpdateCycle,
                Delivery = input.Delivery,
                SharingType = input.SharingType,
                OpenType = input.OpenType,
                SharingConditions = input.SharingConditions,
                LegalBasisForNotSharing = input.LegalBasisForNotSharing,
            }, await scope.Db.DataItems.Where(i => i.ResourceId == resource.Id).ToListAsync(ct));
            return new MutationRunner.Change(resource, resource, $"Edited {resource.Code}.");
        });

    private static Task<Payload> PublishAsync(IResolveFieldContext ctx, DataResourceVersionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(DataResource), MutationContextExtensions.TargetId(input.Id, nameof(DataResource)), async (scope, ct) =>
        {
            var resource = await OwnAsync(scope, input.Id, input.Version, ct);
            resource.Publish();
            return new MutationRunner.Change(resource, resource, $"Published {resource.Code}.");
        });

    private static Task<Payload> RetireAsync(IResolveFieldContext ctx, DataResourceVersionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(DataResource), MutationContextExtensions.TargetId(input.Id, nameof(DataResource)), async (scope, ct) =>
        {
            var resource = await OwnAsync(scope, input.Id, input.Version, ct);
            resource.Retire(scope.Now);
            var grants = await scope.Db.SharingGrants.Where(g => g.ResourceId == resource.Id && g.RevokedAt == null).ToListAsync(ct);
            foreach (var grant in grants) grant.Revoke(scope.Now);
            return new MutationRunner.Change(resource, resource, $"Retired {resource.Code}; {grants.Count} grant(s) ended.");
        });

    private static async Task<DataResource> OwnAsync(MutationScope scope, string globalId, int version, CancellationToken ct)
    {
        var resource = await scope.FindAsync<DataResource>(globalId, "id", ct);
        scope.RequireDepartment(resource);
        scope.RequireVersion(resource, version);
        return resource;
    }

}
