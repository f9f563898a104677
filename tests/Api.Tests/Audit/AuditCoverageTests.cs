using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Audit;

/// <summary>Every mutation leaves an audit entry, refused ones included, and the trail filters.</summary>
public sealed class AuditCoverageTests(AuditCoverageTests.Host host) : IClassFixture<AuditCoverageTests.Host>
{
    /// <summary>A host of its own: these tests write audit entries.</summary>
    public sealed class Host : InfoGovApiFactory;

    [Fact]
    public async Task Every_mutation_is_audited_even_when_refused_and_the_trail_filters_by_actor_operation_and_time()
    {
        var actor = Guid.NewGuid().ToString();
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest(
            [Roles.CommitteeOffice, Roles.Finance, Roles.Expert, Roles.Admin, Roles.InformationManager, Roles.DepartmentLeader], "GAJ")
        { ObjectId = actor }));
        foreach (var (name, (_, input)) in AccessPolicy.Mutation)
        {
            var response = (await client.PostQueryAsync($"mutation {{ {name}(input: {input}) {{ errors {{ code }} }} }}")).AssertNoErrors();
            Assert.NotEmpty(response.Data[name]!["errors"]!);
        }

        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        foreach (var name in AccessPolicy.Mutation.Keys)
        {
            var entries = (await office.PostQueryAsync("query($a: String!, $o: String!) { auditEntries(filter: { action: $a, actorObjectId: $o }) { nodes { outcome code } } }",
                new { a = name, o = actor })).AssertNoErrors().Data["auditEntries"]!["nodes"]!.ToList();
            var entry = Assert.Single(entries);
            Assert.Equal("REFUSED", (string?)entry["outcome"]);
            Assert.False(string.IsNullOrEmpty((string?)entry["code"]));
        }

        var future = (await office.PostQueryAsync("query($o: String!) { auditEntries(filter: { actorObjectId: $o, from: \"2030-01-01T00:00:00Z\" }) { totalCount } }", new { o = actor }))
            .AssertNoErrors().Data["auditEntries"]!["totalCount"]!;
        Assert.Equal(0, (int)future);
        var past = (await office.PostQueryAsync("query($o: String!) { auditEntries(filter: { actorObjectId: $o, to: \"2030-01-01T00:00:00Z\" }) { totalCount } }", new { o = actor }))
            .AssertNoErrors().Data["auditEntries"]!["totalCount"]!;
        Assert.Equal(AccessPolicy.Mutation.Count, (int)past);
    }
}
