using GraphQL.DataLoader;
using InfoGov.Api.Engine.Loading;
using InfoGov.Domain.DataSharing;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Batch loads through the request and grant item link tables.</summary>
public static class DataSharingLoaders
{
    public static IDataLoaderResult<IReadOnlyList<DataItem>> RequestedItems(this Loaders loaders, Guid requestId) =>
        loaders.ItemsVia("SharingRequest.Items", requestId, (db, ids) =>
            from link in db.SharingRequestItems
            join item in db.DataItems on link.DataItemId equals item.Id
            where ids.Contains(link.RequestId)
            select new OwnedItem(link.RequestId, item));

    public static IDataLoaderResult<IReadOnlyList<DataItem>> GrantedItems(this Loaders loaders, Guid grantId) =>
        loaders.ItemsVia("SharingGrant.Items", grantId, (db, ids) =>
            from link in db.GrantItems
            join item in db.DataItems on link.DataItemId equals item.Id
            where ids.Contains(link.GrantId)
            select new OwnedItem(link.GrantId, item));

    /// <summary>A data item with the request or grant that lists it.</summary>
    private sealed record OwnedItem(Guid OwnerId, DataItem Item);

    private static IDataLoaderResult<IReadOnlyList<DataItem>> ItemsVia(
        this Loaders loaders, string name, Guid ownerId, Func<InfoGovDbContext, IReadOnlyList<Guid>, IQueryable<OwnedItem>> query) =>
        loaders.Custom<Guid, IReadOnlyList<DataItem>>(name, ownerId, async (db, ids, ct) =>
        {
            var rows = await query(db, ids).AsNoTracking().ToListAsync(ct);
            return rows.GroupBy(r => r.OwnerId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<DataItem>)g.Select(r => r.Item).OrderBy(i => i.Ordinal).ToList());
        }).Then(items => items ?? []);
}
