using GraphQL.DataLoader;
using InfoGov.Api.Common.Loading;
using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.DataSharing;

/// <summary>Batch loads through the request and grant item link tables.</summary>
public static class DataSharingLoaders
{
    public static IDataLoaderResult<IReadOnlyList<DataItem>> RequestedItems(this Loaders loaders, Guid requestId) =>
        loaders.Custom<Guid, IReadOnlyList<DataItem>>("SharingRequest.Items", requestId, async (db, ids, ct) =>
        {
            var rows = await (from link in db.SharingRequestItems
                              join item in db.DataItems on link.DataItemId equals item.Id
                              where ids.Contains(link.RequestId)
                              select new { link.RequestId, Item = item }).AsNoTracking().ToListAsync(ct);
            return rows.GroupBy(r => r.RequestId).ToDictionary(g => g.Key, g => (IReadOnlyList<DataItem>)g.Select(r => r.Item).OrderBy(i => i.Ordinal).ToList());
        }).Then(items => items ?? []);

    public static IDataLoaderResult<IReadOnlyList<DataItem>> GrantedItems(this Loaders loaders, Guid grantId) =>
        loaders.Custom<Guid, IReadOnlyList<DataItem>>("SharingGrant.Items", grantId, async (db, ids, ct) =>
        {
            var rows = await (from link in db.GrantItems
                              join item in db.DataItems on link.DataItemId equals item.Id
                              where ids.Contains(link.GrantId)
                              select new { link.GrantId, Item = item }).AsNoTracking().ToListAsync(ct);
            return rows.GroupBy(r => r.GrantId).ToDictionary(g => g.Key, g => (IReadOnlyList<DataItem>)g.Select(r => r.Item).OrderBy(i => i.Ordinal).ToList());
        }).Then(items => items ?? []);
}
