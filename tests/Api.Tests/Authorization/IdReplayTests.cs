using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using InfoGov.Infrastructure.Persistence.Seeding;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Authorization;

/// <summary>
/// Ids read by the office, replayed by callers who may not see what they name: an open review
/// panel (its members, opinions and draw), its opinions, and the items of a conditional catalog
/// entry. Every path (the direct field, node, nodes, an expert's seats) must give the same answer.
/// </summary>
[Collection(ApiCollection.Name)]
public class IdReplayTests(InfoGovApiFactory factory)
{
    private sealed record OpenPanel(string Id, string[] MemberCodes, string[] OpinionIds, string ProjectCode);

    private async Task<OpenPanel> AnOpenPanelWithOpinions()
    {
        var data = (await factory.OfficeClient().PostQueryAsync("""
            { projects(first: 100, filter: { statuses: [UNDER_REVIEW] }) { nodes { code reviewPanels { nodes {
                id isClosed drawSeed members { nodes { expert { code } } } opinions { nodes { id } } } } } } }
            """)).AssertNoErrors().Data;
        var (project, panel) = data["projects"]!["nodes"]!
            .SelectMany(p => p["reviewPanels"]!["nodes"]!.Select(panel => (Project: p, Panel: panel)))
            .First(x => !(bool)x.Panel["isClosed"]! && x.Panel["opinions"]!["nodes"]!.Any());
        return new OpenPanel((string)panel["id"]!,
            panel["members"]!["nodes"]!.Select(m => (string)m["expert"]!["code"]!).ToArray(),
            panel["opinions"]!["nodes"]!.Select(o => (string)o["id"]!).ToArray(),
            (string)project["code"]!);
    }

    private HttpClient Expert(string code)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", factory.Token(new TokenRequest([Roles.Expert]) { ObjectId = DemoAccounts.ExpertObjectId(code).ToString() }));
        return client;
    }

    /// <summary>Callers who are not the office and not seated on the panel.</summary>
    private IEnumerable<(string Name, HttpClient Client)> Outsiders(OpenPanel panel)
    {
        var outsiderExpert = Enumerable.Range(1, 60).Select(i => $"ZJ{i:000}").First(c => !panel.MemberCodes.Contains(c));
        yield return ("another expert " + outsiderExpert, Expert(outsiderExpert));
        yield return ("Gov.Staff", factory.ClientAs("GAJ", Roles.Staff));
        yield return ("Gov.InformationManager", factory.ClientAs("GAJ", Roles.InformationManager));
        yield return ("Gov.Finance", factory.ClientAs("CZJ", Roles.Finance));
        yield return ("Gov.Admin", factory.ClientAs("XXB", Roles.Admin));
    }

    private const string PanelSelection = "drawSeed drawCategory drawCandidates members { totalCount nodes { expert { code } } } opinions { totalCount nodes { opinion expert { code } } }";

    [Fact]
    public async Task An_open_panel_read_through_node_nodes_or_an_experts_seats_reveals_nothing_to_outsiders()
    {
        var panel = await AnOpenPanelWithOpinions();
        foreach (var (name, client) in Outsiders(panel))
        {
            foreach (var query in new[]
                     {
                         $"query($id: ID!) {{ node(id: $id) {{ ... on ReviewPanel {{ {PanelSelection} }} }} }}",
                         $"query($id: ID!) {{ nodes(ids: [$id]) {{ ... on ReviewPanel {{ {PanelSelection} }} }} }}",
                         $"query($code: String!) {{ project(code: $code) {{ reviewPanels {{ nodes {{ {PanelSelection} }} }} }} }}",
                     })
            {
                var response = await client.PostQueryAsync(query, new { id = panel.Id, code = panel.ProjectCode });
                var text = response.Body.ToString();
                foreach (var code in panel.MemberCodes)
                    Assert.False(text.Contains($"\"{code}\""), $"{name} learned panel member {code} through {query}: {text}");
                foreach (var seed in response.Body.SelectTokens("$..drawSeed"))
                    Assert.True(seed.Type == JTokenType.Null, $"{name} read the open panel's seed through {query}");
                foreach (var count in response.Body.SelectTokens("$..totalCount"))
                    Assert.True((int)count! == 0, $"{name} counted the open panel's seats or opinions through {query}: {text}");
            }

            var opinions = await client.PostQueryAsync("query($ids: [ID!]!, $one: ID!) { nodes(ids: $ids) { id } one: node(id: $one) { id } }",
                new { ids = panel.OpinionIds, one = panel.OpinionIds[0] });
            Assert.All(opinions.Data["nodes"]!, o => Assert.Equal(JTokenType.Null, o.Type));
            Assert.Equal(JTokenType.Null, opinions.Data["one"]!.Type);

            // An expert's seats, read by anyone who may read seats, never lead to an open panel of someone else.
            var seats = await client.PostQueryAsync("{ experts(first: 100) { nodes { panelSeats(first: 100) { nodes { panel { id } } } } } }");
            Assert.DoesNotContain(panel.Id, seats.Body.SelectTokens("$..panel.id").Select(t => (string?)t));
        }
    }

    [Fact]
    public async Task An_expert_seated_on_an_open_panel_sees_its_members_and_opinions_but_not_its_draw()
    {
        var panel = await AnOpenPanelWithOpinions();
        var seated = Expert(panel.MemberCodes[0]);
        var response = await seated.PostQueryAsync($"query($id: ID!) {{ node(id: $id) {{ ... on ReviewPanel {{ {PanelSelection} }} }} }}", new { id = panel.Id });
        var node = response.Data["node"]!;
        Assert.Equal(panel.MemberCodes.Order(), node["members"]!["nodes"]!.Select(m => (string)m["expert"]!["code"]!).Order());
        Assert.Equal(panel.OpinionIds.Length, (int)node["opinions"]!["totalCount"]!);
        Assert.Equal(JTokenType.Null, node["drawSeed"]!.Type);
        Assert.Equal(JTokenType.Null, node["drawCandidates"]!.Type);
        Assert.Contains("AUTH_NOT_AUTHORIZED", response.ErrorCodes);

        var opinion = (await seated.PostQueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = panel.OpinionIds[0] })).AssertNoErrors();
        Assert.Equal(panel.OpinionIds[0], (string?)opinion.Data["node"]!["id"]);
    }

    [Fact]
    public async Task A_closed_panels_draw_is_published_to_government_users()
    {
        var data = (await factory.ClientAs("GAJ", Roles.Staff).PostQueryAsync("""
            { projects(first: 20, filter: { statuses: [IN_IMPLEMENTATION, APPROVED] }) { nodes { reviewPanels { nodes { isClosed drawSeed drawCandidates members { totalCount } } } } } }
            """)).AssertNoErrors().Data;
        var closed = data.SelectTokens("$.projects.nodes[*].reviewPanels.nodes[?(@.isClosed == true)]").First();
        Assert.Equal(JTokenType.Integer, closed["drawSeed"]!.Type);
        Assert.NotEmpty(closed["drawCandidates"]!);
        Assert.True((int)closed["members"]!["totalCount"]! > 0);
    }

    [Fact]
    public async Task Items_of_a_conditional_entry_read_the_same_on_every_path()
    {
        var office = (await factory.OfficeClient().PostQueryAsync("""
            { dataResources(first: 100, filter: { sharingTypes: [CONDITIONAL] }) { nodes { code status items { nodes { id name dataType } } } } }
            """)).AssertNoErrors().Data["dataResources"]!["nodes"]!.First(r => (string?)r["status"] == "PUBLISHED" && r["items"]!["nodes"]!.Any());
        var code = (string)office["code"]!;
        var ids = office["items"]!["nodes"]!.Select(i => (string)i["id"]!).ToArray();
        var expected = office["items"]!["nodes"]!.ToString();

        var staff = factory.ClientAs("MZJ", Roles.Staff);
        var direct = (await staff.PostQueryAsync("query($c: String!) { dataResource(code: $c) { items { nodes { id name dataType } } } }", new { c = code })).AssertNoErrors();
        Assert.Equal(expected, direct.Data["dataResource"]!["items"]!["nodes"]!.ToString());
        var byNodes = (await staff.PostQueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on DataItem { id name dataType } } }", new { ids })).AssertNoErrors();
        Assert.Equal(expected, byNodes.Data["nodes"]!.ToString());

        // The public reads neither the items of a conditional entry nor, by id, any item.
        var anonymous = await factory.CreateClient().PostQueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on DataItem { name } } }", new { ids });
        Assert.Contains("AUTH_NOT_AUTHENTICATED", anonymous.ErrorCodes);
    }
}
