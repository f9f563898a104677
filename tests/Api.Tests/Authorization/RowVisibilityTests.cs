using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using InfoGov.Domain.DataSharing;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Authorization;

/// <summary>Which rows each caller sees, the same through lists, references and node.</summary>
[Collection(ApiCollection.Name)]
public class RowVisibilityTests(InfoGovApiFactory factory)
{
    private async Task<T> WithDb<T>(Func<InfoGovDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<InfoGovDbContext>());
    }

    [Fact]
    public async Task The_public_sees_published_projects_only_everywhere()
    {
        var published = await WithDb(db => db.Projects.CountAsync(p => p.IsPublished));
        var draft = await WithDb(db => db.Projects.FirstAsync(p => !p.IsPublished));
        var anonymous = factory.CreateClient();

        var list = (await anonymous.PostQueryAsync("{ projects { totalCount } }")).AssertNoErrors();
        Assert.Equal(published, (int)list.Data["projects"]!["totalCount"]!);
        Assert.True(published < await WithDb(db => db.Projects.CountAsync()));

        var direct = (await anonymous.PostQueryAsync("query($c: String!) { project(code: $c) { code } }", new { c = draft.Code })).AssertNoErrors();
        Assert.Equal(JTokenType.Null, direct.Data["project"]!.Type);

        var id = (string)(await factory.OfficeClient().PostQueryAsync("query($c: String!) { project(code: $c) { id } }", new { c = draft.Code }))
            .AssertNoErrors().Data["project"]!["id"]!;
        var viaNode = (await anonymous.PostQueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id })).AssertNoErrors();
        Assert.Equal(JTokenType.Null, viaNode.Data["node"]!.Type);

        var nested = (await anonymous.PostQueryAsync("{ departments(first: 100) { nodes { projects(first: 100) { totalCount } } } }")).AssertNoErrors();
        Assert.Equal(published, nested.Data["departments"]!["nodes"]!.Sum(d => (int)d["projects"]!["totalCount"]!));
    }

    [Fact]
    public async Task The_public_sees_open_catalog_entries_only()
    {
        var open = await WithDb(db => db.DataResources.CountAsync(r => r.OpenType == OpenType.Open));
        var closed = await WithDb(db => db.DataResources.FirstAsync(r => r.OpenType != OpenType.Open));
        var anonymous = factory.CreateClient();

        var list = (await anonymous.PostQueryAsync("{ dataResources(first: 100) { totalCount nodes { openType } } }")).AssertNoErrors();
        Assert.Equal(open, (int)list.Data["dataResources"]!["totalCount"]!);
        Assert.All(list.Data["dataResources"]!["nodes"]!, r => Assert.Equal("OPEN", (string?)r["openType"]));

        var direct = (await anonymous.PostQueryAsync("query($c: String!) { dataResource(code: $c) { code } }", new { c = closed.Code })).AssertNoErrors();
        Assert.Equal(JTokenType.Null, direct.Data["dataResource"]!.Type);
    }

    [Fact]
    public async Task An_expert_sees_the_projects_they_review_and_not_others()
    {
        var expert = await WithDb(db => db.Experts.Where(e => db.PanelMembers.Any(m => m.ExpertId == e.Id)).OrderBy(e => e.Code).FirstAsync());
        var assigned = await WithDb(db => db.Projects.Where(p => db.ReviewPanels.Any(panel => panel.ProjectId == p.Id
            && db.PanelMembers.Any(m => m.PanelId == panel.Id && m.ExpertId == expert.Id))).Select(p => p.Code).OrderBy(c => c).ToListAsync());
        var other = await WithDb(db => db.Projects.Where(p => !assigned.Contains(p.Code)).Select(p => p.Code).FirstAsync());

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            factory.Token(new TokenRequest([Roles.Expert]) { ObjectId = expert.AccountObjectId.ToString() }));

        var list = (await client.PostQueryAsync("{ projects(first: 100) { nodes { code } } }")).AssertNoErrors();
        Assert.Equal(assigned, list.Data["projects"]!["nodes"]!.Select(n => (string)n["code"]!).Order(StringComparer.Ordinal));

        var direct = (await client.PostQueryAsync("query($c: String!) { project(code: $c) { code } }", new { c = other })).AssertNoErrors();
        Assert.Equal(JTokenType.Null, direct.Data["project"]!.Type);
    }

    [Fact]
    public async Task An_exchange_system_sees_open_entries_and_those_it_holds_a_grant_for()
    {
        var grant = await WithDb(db => (from g in db.SharingGrants
                                        join r in db.DataResources on g.ResourceId equals r.Id
                                        join d in db.Departments on g.GranteeDepartmentId equals d.Id
                                        where r.OpenType != OpenType.Open
                                        select new { r.Code, Grantee = d.Code }).FirstAsync());
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", factory.Token(new TokenRequest([Roles.DataExchange], grant.Grantee, IsApp: true)));

        var response = (await client.PostQueryAsync("query($c: String!) { dataResource(code: $c) { code sharingType } }", new { c = grant.Code })).AssertNoErrors();
        Assert.Equal(grant.Code, (string?)response.Data["dataResource"]!["code"]);

        // A conditional entry's items are read on the grant, which lists exactly the items granted.
        var granted = (await client.PostQueryAsync("query($d: String!) { department(code: $d) { grantsReceived { nodes { resource { code } items { totalCount } } } } }",
            new { d = grant.Grantee })).AssertNoErrors();
        Assert.Contains(granted.Data["department"]!["grantsReceived"]!["nodes"]!,
            g => (string?)g["resource"]!["code"] == grant.Code && (int)g["items"]!["totalCount"]! > 0);

        // Item names and types follow the entry: the grantee's system sees them on the entry too.
        var items = (await client.PostQueryAsync("query($c: String!) { dataResource(code: $c) { items { totalCount } } }", new { c = grant.Code })).AssertNoErrors();
        Assert.True((int)items.Data["dataResource"]!["items"]!["totalCount"]! > 0);

        // A system of a department without a grant sees neither the entry nor, by id, its items.
        var itemIds = (await factory.OfficeClient().PostQueryAsync("query($c: String!) { dataResource(code: $c) { items { nodes { id } } } }", new { c = grant.Code }))
            .AssertNoErrors().Data.SelectTokens("$..id").Select(t => (string)t!).ToArray();
        var stranger = factory.CreateClient();
        var other = grant.Grantee == "ZZZ" ? "YYY" : "ZZZ";
        stranger.DefaultRequestHeaders.Authorization = new("Bearer", factory.Token(new TokenRequest([Roles.DataExchange], other, IsApp: true)));
        var hidden = (await stranger.PostQueryAsync("query($c: String!, $ids: [ID!]!) { dataResource(code: $c) { code } nodes(ids: $ids) { id } }",
            new { c = grant.Code, ids = itemIds })).AssertNoErrors();
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, hidden.Data["dataResource"]!.Type);
        Assert.All(hidden.Data["nodes"]!, n => Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, n.Type));
    }
}
