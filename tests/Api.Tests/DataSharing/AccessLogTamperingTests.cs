using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Api.Tests.DataSharing;

/// <summary>The access log is tamper-evident: a row changed in the database is named by verification.
/// A host of its own, since the test damages the log on purpose.</summary>
public sealed class AccessLogTamperingTests(AccessLogTamperingTests.Host host) : IClassFixture<AccessLogTamperingTests.Host>
{
    public sealed class Host : InfoGovApiFactory;

    private async Task<(string Code, string Provider)> ResourceWithLog()
    {
        var request = (await host.OfficeClient().PostQueryAsync(
            "{ sharingRequests(first: 1, filter: { statuses: [APPROVED] }) { nodes { resource { code provider { code } } } } }"))
            .AssertNoErrors().Data["sharingRequests"]!["nodes"]![0]!["resource"]!;
        return ((string)request["code"]!, (string)request["provider"]!["code"]!);
    }

    [Fact]
    public async Task Tampering_with_a_stored_row_is_named_by_verification()
    {
        var (code, provider) = await ResourceWithLog();
        Guid tampered;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
            var resource = await db.DataResources.SingleAsync(r => r.Code == code);
            var entry = await db.DataAccessLog.Where(e => e.ResourceId == resource.Id).OrderBy(e => e.Sequence).Skip(1).FirstAsync();
            tampered = entry.Id;
            // Straight to the table (one UPDATE, past the application's save pipeline), as someone with database access would.
            await db.DataAccessLog.Where(e => e.Id == entry.Id).ExecuteUpdateAsync(set => set.SetProperty(e => e.RecordCount, e => e.RecordCount + 1000));
        }
        var integrity = (await host.ClientAs(provider, Roles.DataSteward).PostQueryAsync(
            "query($c: String!) { dataResource(code: $c) { accessLogIntegrity { isIntact firstBrokenEntryId firstBrokenSequence } } }", new { c = code }))
            .AssertNoErrors().Data["dataResource"]!["accessLogIntegrity"]!;
        Assert.False((bool)integrity["isIntact"]!);
        Assert.Equal(2, (int)integrity["firstBrokenSequence"]!);
        Assert.Equal(InfoGov.Api.Engine.Relay.GlobalId.Encode("DataAccessLogEntry", tampered), (string?)integrity["firstBrokenEntryId"]);
    }

    [Fact]
    public async Task Deleting_the_newest_entries_is_reported_against_the_chains_head()
    {
        // Another entry than the one the other test damages.
        var resources = (await host.OfficeClient().PostQueryAsync(
            "{ sharingRequests(first: 100, filter: { statuses: [APPROVED] }) { nodes { resource { code provider { code } accessLog(first: 1) { totalCount } } } } }"))
            .AssertNoErrors().Data["sharingRequests"]!["nodes"]!.Select(n => n["resource"]!)
            .Where(r => (int)r["accessLog"]!["totalCount"]! >= 3).DistinctBy(r => (string)r["code"]!).ToList();
        var resource = resources.Last();
        var (code, provider) = ((string)resource["code"]!, (string)resource["provider"]!["code"]!);
        var count = (int)resource["accessLog"]!["totalCount"]!;
        const string verify = "query($c: String!) { dataResource(code: $c) { accessLogIntegrity { isIntact entries anchoredSequence missingEntries firstBrokenSequence firstBrokenEntryId } } }";
        var steward = host.ClientAs(provider, Roles.DataSteward);
        var before = (await steward.PostQueryAsync(verify, new { c = code })).AssertNoErrors().Data["dataResource"]!["accessLogIntegrity"]!;
        Assert.True((bool)before["isIntact"]!);
        Assert.Equal(count, (int)before["anchoredSequence"]!);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
            var id = await db.DataResources.Where(r => r.Code == code).Select(r => r.Id).SingleAsync();
            // Straight to the table (one DELETE): the two newest rows go, and what is left still links up.
            await db.DataAccessLog.Where(e => e.ResourceId == id && e.Sequence > count - 2).ExecuteDeleteAsync();
        }
        var after = (await steward.PostQueryAsync(verify, new { c = code })).AssertNoErrors().Data["dataResource"]!["accessLogIntegrity"]!;
        Assert.False((bool)after["isIntact"]!);
        Assert.Equal(count - 2, (int)after["entries"]!);
        Assert.Equal(2, (int)after["missingEntries"]!);
        Assert.Equal(count - 1, (int)after["firstBrokenSequence"]!);
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, after["firstBrokenEntryId"]!.Type);
    }
}
