using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Departments;

[Collection(ApiCollection.Name)]
public class DepartmentQueryTests(InfoGovApiFactory factory)
{
    private readonly HttpClient _client = factory.OfficeClient();

    [Fact]
    public async Task The_tree_links_a_district_and_its_townships_both_ways()
    {
        var response = (await _client.PostQueryAsync("""
            { department(code: "QXQ") { children { totalCount nodes { code kind parent { code } } } } }
            """)).AssertNoErrors();
        var children = response.Data["department"]!["children"]!;
        Assert.Equal(5, (int)children["totalCount"]!);
        Assert.All(children["nodes"]!, c =>
        {
            Assert.Equal("TOWNSHIP", (string?)c["kind"]);
            Assert.Equal("QXQ", (string?)c["parent"]!["code"]);
        });
    }

    [Fact]
    public async Task Filter_by_kind_parent_and_search()
    {
        var response = (await _client.PostQueryAsync("""
            {
              townships: departments(filter: { kinds: [TOWNSHIP] }) { totalCount }
              underDistrict: departments(filter: { parentCode: "QXQ" }) { totalCount }
              search: departments(filter: { search: "public SECURITY" }) { nodes { code } }
            }
            """)).AssertNoErrors();
        Assert.Equal(5, (int)response.Data["townships"]!["totalCount"]!);
        Assert.Equal(5, (int)response.Data["underDistrict"]!["totalCount"]!);
        Assert.Equal(["GAJ"], response.Data["search"]!["nodes"]!.Select(n => (string)n["code"]!));
    }

    [Fact]
    public async Task Programmes_have_lead_departments_and_projects()
    {
        var response = (await _client.PostQueryAsync("""
            { programmes { totalCount nodes { code leadDepartment { code programmesLed { nodes { code } } } projects(first: 1) { totalCount nodes { programme { code } } } } } }
            """)).AssertNoErrors();
        var programmes = response.Data["programmes"]!["nodes"]!.ToList();
        Assert.Equal(["CITY", "EGOV", "INDU", "RURAL"], programmes.Select(p => (string)p["code"]!));
        foreach (var programme in programmes)
        {
            Assert.Contains((string?)programme["code"], programme["leadDepartment"]!["programmesLed"]!["nodes"]!.Select(n => (string?)n["code"]));
            Assert.True((int)programme["projects"]!["totalCount"]! > 0);
            Assert.Equal((string?)programme["code"], (string?)programme["projects"]!["nodes"]![0]!["programme"]!["code"]);
        }
    }

    [Fact]
    public async Task Leaders_hold_every_responsibility_with_delegations_and_evidence()
    {
        var response = (await _client.PostQueryAsync("""
            {
              department(code: "FGW") {
                responsibilities(first: 100) {
                  totalCount
                  nodes { kind holder { isHead department { code } } delegations { nodes { delegate { isInformationManager } isValidToday } } fulfilments { totalCount } }
                }
              }
            }
            """)).AssertNoErrors();
        var responsibilities = response.Data["department"]!["responsibilities"]!;
        Assert.Equal(14, (int)responsibilities["totalCount"]!);
        Assert.All(responsibilities["nodes"]!, r => Assert.True((bool)r["holder"]!["isHead"]!));
        var planApproval = responsibilities["nodes"]!.Single(r => (string?)r["kind"] == "APPROVE_DEVELOPMENT_PLAN");
        Assert.Equal(3, (int)planApproval["fulfilments"]!["totalCount"]!);
    }
}
