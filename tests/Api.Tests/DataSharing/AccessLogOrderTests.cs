using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.DataSharing;

/// <summary>Two fields load the same children in one request: the integrity check reads a resource's
/// log in any order, the log itself is latest first. Each keeps its own order, whichever runs first.</summary>
[Collection(ApiCollection.Name)]
public class AccessLogOrderTests(InfoGovApiFactory factory)
{
    [Theory]
    [InlineData("accessLogIntegrity { isIntact } accessLog(first: 50) { nodes { sequence } }")]
    [InlineData("accessLog(first: 50) { nodes { sequence } } accessLogIntegrity { isIntact }")]
    public async Task The_log_is_latest_first_beside_its_integrity_check(string selection)
    {
        var resource = (await factory.OfficeClient().PostQueryAsync(
            "{ sharingRequests(first: 100, filter: { statuses: [APPROVED] }) { nodes { resource { code provider { code } accessLog(first: 1) { totalCount } } } } }"))
            .AssertNoErrors().Data["sharingRequests"]!["nodes"]!.Select(n => n["resource"]!)
            .First(r => (int)r["accessLog"]!["totalCount"]! >= 3);
        var steward = factory.ClientAs((string)resource["provider"]!["code"]!, Roles.DataSteward);

        var read = (await steward.PostQueryAsync($"query($c: String!) {{ dataResource(code: $c) {{ {selection} }} }}", new { c = (string)resource["code"]! }))
            .AssertNoErrors().Data["dataResource"]!;
        var sequences = read["accessLog"]!["nodes"]!.Select(n => (long)n["sequence"]!).ToList();
        Assert.True(sequences.Count >= 3);
        Assert.Equal(sequences.OrderByDescending(s => s), sequences);
        Assert.True((bool)read["accessLogIntegrity"]!["isIntact"]!);
    }
}
