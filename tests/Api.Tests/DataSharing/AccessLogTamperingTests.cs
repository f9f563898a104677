using InfoGov.Api.Authorization;
using InfoGov.Api.Tests.Infrastructure;
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
            // Straight to the table, as someone with database access would.
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE DataAccessLog SET RecordCount = RecordCount + 1000 WHERE Id = {entry.Id}");
        }
        var integrity = (await host.ClientAs(provider, Roles.DataSteward).PostQueryAsync(
            "query($c: String!) { dataResource(code: $c) { accessLogIntegrity { isIntact firstBrokenEntryId firstBrokenSequence } } }", new { c = code }))
            .AssertNoErrors().Data["dataResource"]!["accessLogIntegrity"]!;
        Assert.False((bool)integrity["isIntact"]!);
        Assert.Equal(2, (int)integrity["firstBrokenSequence"]!);
        Assert.Equal(InfoGov.Api.Common.GlobalId.Encode("DataAccessLogEntry", tampered), (string?)integrity["firstBrokenEntryId"]);
    }
}
