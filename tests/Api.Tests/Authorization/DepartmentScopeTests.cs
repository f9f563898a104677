using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Authorization;

/// <summary>"Own department" access, decided on the data: the same answer through every path.</summary>
[Collection(ApiCollection.Name)]
public class DepartmentScopeTests(InfoGovApiFactory factory)
{
    private const string Own = "GAJ";

    private async Task<(JToken Own, JToken Other)> ProjectsOfGajAndAnother()
    {
        var all = (await factory.OfficeClient().PostQueryAsync(
            "{ projects(first: 100) { nodes { code department { code } budgetLines { nodes { id } } } } }")).AssertNoErrors();
        var nodes = all.Data["projects"]!["nodes"]!.Where(n => n["budgetLines"]!["nodes"]!.Any()).ToList();
        return (nodes.First(n => (string?)n["department"]!["code"] == Own), nodes.First(n => (string?)n["department"]!["code"] != Own));
    }

    [Fact]
    public async Task An_information_manager_reads_own_budget_lines_and_gets_null_and_an_error_for_others()
    {
        var (own, other) = await ProjectsOfGajAndAnother();
        var manager = factory.ClientAs(Own, Roles.InformationManager);
        const string query = "query($code: String!) { project(code: $code) { code budgetLines { totalCount } } }";

        var mine = (await manager.PostQueryAsync(query, new { code = (string)own["code"]! })).AssertNoErrors();
        Assert.True((int)mine.Data["project"]!["budgetLines"]!["totalCount"]! > 0);

        var theirs = await manager.PostQueryAsync(query, new { code = (string)other["code"]! });
        Assert.Equal((string?)other["code"], (string?)theirs.Data["project"]!["code"]);
        Assert.Equal(JTokenType.Null, theirs.Data["project"]!["budgetLines"]!.Type);
        var error = Assert.Single(theirs.Errors);
        Assert.Equal("AUTH_NOT_AUTHORIZED", (string?)error["extensions"]!["code"]);
        Assert.Equal(["project", "budgetLines"], error["path"]!.Select(p => (string)p!));
    }

    [Fact]
    public async Task In_a_list_only_other_departments_rows_are_withheld()
    {
        var response = await factory.ClientAs(Own, Roles.InformationManager).PostQueryAsync(
            "{ projects(first: 100) { nodes { code department { code } expenditures { totalCount } } } }");
        var nodes = response.Data["projects"]!["nodes"]!.ToList();
        Assert.Equal(100, nodes.Count);
        foreach (var (node, index) in nodes.Select((n, i) => (n, i)))
        {
            var mine = (string?)node["department"]!["code"] == Own;
            Assert.Equal(mine, node["expenditures"]!.Type == JTokenType.Object);
        }
        Assert.Equal(nodes.Count(n => (string?)n["department"]!["code"] != Own), response.Errors.Count);
        Assert.All(response.ErrorCodes, code => Assert.Equal("AUTH_NOT_AUTHORIZED", code));
    }

    [Fact]
    public async Task Node_applies_the_same_rule_as_the_direct_field()
    {
        var (own, other) = await ProjectsOfGajAndAnother();
        var ownLine = (string)own["budgetLines"]!["nodes"]![0]!["id"]!;
        var otherLine = (string)other["budgetLines"]!["nodes"]![0]!["id"]!;
        var manager = factory.ClientAs(Own, Roles.InformationManager);
        const string query = "query($id: ID!) { node(id: $id) { id ... on BudgetLine { fiscalYear amount { amount } } } }";

        var mine = (await manager.PostQueryAsync(query, new { id = ownLine })).AssertNoErrors();
        Assert.Equal(ownLine, (string?)mine.Data["node"]!["id"]);

        var theirs = await manager.PostQueryAsync(query, new { id = otherLine });
        Assert.Equal(JTokenType.Null, theirs.Data["node"]!.Type);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], theirs.ErrorCodes);

        var both = await manager.PostQueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { ownLine, otherLine } });
        var items = both.Data["nodes"]!.ToList();
        Assert.Equal(ownLine, (string?)items[0]["id"]);
        Assert.Equal(JTokenType.Null, items[1].Type);
        var error = Assert.Single(both.Errors);
        Assert.Equal(["nodes", "1"], error["path"]!.Select(p => p.ToString()));
    }

    [Fact]
    public async Task Callers_without_the_role_get_nothing_through_node_either()
    {
        var (own, _) = await ProjectsOfGajAndAnother();
        var line = (string)own["budgetLines"]!["nodes"]![0]!["id"]!;
        var staff = await factory.ClientAs(Own, Roles.Staff).PostQueryAsync("query($id: ID!) { node(id: $id) { id __typename } }", new { id = line });
        Assert.Equal(JTokenType.Null, staff.Data["node"]!.Type);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], staff.ErrorCodes);

        var anonymous = await factory.CreateClient().PostQueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = line });
        Assert.Equal(JTokenType.Null, anonymous.Data["node"]!.Type);
        Assert.NotEmpty(anonymous.Errors);
    }

    [Fact]
    public async Task A_data_steward_reads_the_access_log_of_own_resources_only()
    {
        var grants = (await factory.OfficeClient().PostQueryAsync(
            "{ sharingRequests(first: 100, filter: { statuses: [APPROVED] }) { nodes { resource { provider { code } } requester { code } grant { id } } } }")).AssertNoErrors();
        var grant = grants.Data["sharingRequests"]!["nodes"]!.First();
        var provider = (string)grant["resource"]!["provider"]!["code"]!;
        var requester = (string)grant["requester"]!["code"]!;
        var id = (string)grant["grant"]!["id"]!;
        const string query = "query($id: ID!) { node(id: $id) { ... on SharingGrant { accessLog { totalCount nodes { accessedBy } } } } }";

        var providerSteward = (await factory.ClientAs(provider, Roles.DataSteward).PostQueryAsync(query, new { id })).AssertNoErrors();
        Assert.True((int)providerSteward.Data["node"]!["accessLog"]!["totalCount"]! > 0);

        var granteeSteward = await factory.ClientAs(requester, Roles.DataSteward).PostQueryAsync(query, new { id });
        Assert.Equal(JTokenType.Null, granteeSteward.Data["node"]!["accessLog"]!.Type);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], granteeSteward.ErrorCodes);

        var otherSteward = await factory.ClientAs("JYJ", Roles.DataSteward).PostQueryAsync(query, new { id });
        Assert.Equal(JTokenType.Null, otherSteward.Data["node"]!.Type);
    }

    [Fact]
    public async Task Officials_contact_details_are_for_colleagues_and_the_office()
    {
        const string query = "{ department(code: \"GAJ\") { officials { nodes { name phone } } } }";
        var colleague = (await factory.ClientAs("GAJ", Roles.Staff).PostQueryAsync(query)).AssertNoErrors();
        Assert.All(colleague.Data["department"]!["officials"]!["nodes"]!, o => Assert.NotNull((string?)o["phone"]));

        var outsider = await factory.ClientAs("MZJ", Roles.Staff).PostQueryAsync(query);
        Assert.All(outsider.Data["department"]!["officials"]!["nodes"]!, o => Assert.Equal(JTokenType.Null, o["phone"]!.Type));
        Assert.All(outsider.ErrorCodes, code => Assert.Equal("AUTH_NOT_AUTHORIZED", code));
    }

    [Fact]
    public async Task Scope_checks_keep_batching()
    {
        var manager = factory.ClientAs(Own, Roles.InformationManager);
        async Task<int> Statements(int first)
        {
            factory.SqlCommands.Reset();
            await manager.PostQueryAsync("query($n: Int!) { projects(first: $n) { nodes { code budgetLines { nodes { amount { amount } } } } } }", new { n = first });
            return factory.SqlCommands.Count;
        }
        await Statements(1); // the caller's department and administrator lookups, once a minute
        Assert.Equal(await Statements(20), await Statements(100));
    }
}
