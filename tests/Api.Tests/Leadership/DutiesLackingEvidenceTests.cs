using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Leadership;

/// <summary>Each head's duties without evidence in the year, and how recording a fulfilment takes one off the list.</summary>
public sealed class DutiesLackingEvidenceTests(DutiesLackingEvidenceTests.Host host) : IClassFixture<DutiesLackingEvidenceTests.Host>
{
    /// <summary>A host of its own: the test records a fulfilment.</summary>
    public sealed class Host : InfoGovApiFactory;

    private const string Query = "query($y: Int) { dutiesLackingEvidence(year: $y, departmentCode: \"GAJ\", first: 100) { totalCount nodes { id kind holder { isHead } fulfilments(first: 100) { nodes { fulfilledOn } } } } }";

    [Fact]
    public async Task A_heads_duty_leaves_the_list_once_a_fulfilment_is_recorded_in_the_year()
    {
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var before = (await office.PostQueryAsync(Query, new { y = 2026 })).AssertNoErrors().Data["dutiesLackingEvidence"]!;
        Assert.NotEmpty(before["nodes"]!);
        Assert.All(before["nodes"]!, duty =>
        {
            Assert.True((bool)duty["holder"]!["isHead"]!);
            Assert.DoesNotContain(duty["fulfilments"]!["nodes"]!, f => ((string)f["fulfilledOn"]!).StartsWith("2026", StringComparison.Ordinal));
        });

        var duty = before["nodes"]![0]!;
        var recorded = (await office.PostQueryAsync("mutation($i: RecordFulfilmentInput!) { recordFulfilment(input: $i) { errors { code message } } }",
            new { i = new { assignmentId = (string)duty["id"]!, summary = "审批年度计划", fulfilledOn = "2026-11-10", evidenceReference = "GAJ-2026-17" } })).AssertNoErrors().Data["recordFulfilment"]!;
        Assert.Empty(recorded["errors"]!);

        var after = (await office.PostQueryAsync(Query, new { y = 2026 })).AssertNoErrors().Data["dutiesLackingEvidence"]!;
        Assert.Equal((int)before["totalCount"]! - 1, (int)after["totalCount"]!);
        Assert.DoesNotContain(after["nodes"]!, d => (string?)d["id"] == (string?)duty["id"]);
        // The 2026 evidence says nothing of 2027.
        Assert.Contains((await office.PostQueryAsync(Query, new { y = 2027 })).AssertNoErrors().Data["dutiesLackingEvidence"]!["nodes"]!, d => (string?)d["id"] == (string?)duty["id"]);
    }
}
