using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Authorization;

/// <summary>Access that depends on the object's state: unpublished assessment results.
/// Runs on a database of its own, since it unpublishes an assessment.</summary>
public sealed class ConditionalAccessTests : IAsyncLifetime
{
    private readonly InfoGovApiFactory _factory = new();
    private string _department = "";

    public async Task InitializeAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        var assessment = await db.Assessments.FirstAsync(a => a.Year == 2025);
        db.Entry(assessment).Property(a => a.IsPublished).CurrentValue = false; // a result the office has not yet published
        await db.SaveChangesAsync();
        _department = await db.Departments.Where(d => d.Id == assessment.DepartmentId).Select(d => d.Code).SingleAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private Task<GraphQLResponse> Read(HttpClient client) => client.PostQueryAsync(
        "query($d: String!) { department(code: $d) { assessments { nodes { year isPublished score rank grade } } } }", new { d = _department });

    [Fact]
    public async Task Unpublished_scores_are_for_the_office_and_the_departments_leader()
    {
        var office = (await Read(_factory.ClientAs("XXB", Roles.CommitteeOffice))).AssertNoErrors();
        Assert.NotEqual(JTokenType.Null, office.Data["department"]!["assessments"]!["nodes"]![0]!["score"]!.Type);

        var leader = (await Read(_factory.ClientAs(_department, Roles.DepartmentLeader))).AssertNoErrors();
        Assert.NotEqual(JTokenType.Null, leader.Data["department"]!["assessments"]!["nodes"]![0]!["score"]!.Type);

        var staff = await Read(_factory.ClientAs(_department, Roles.Staff));
        var node = staff.Data["department"]!["assessments"]!["nodes"]![0]!;
        Assert.False((bool)node["isPublished"]!);
        Assert.Equal(JTokenType.Null, node["score"]!.Type);
        Assert.Equal(3, staff.Errors.Count);
        Assert.All(staff.ErrorCodes, code => Assert.Equal("AUTH_NOT_AUTHORIZED", code));

        var otherLeader = await Read(_factory.ClientAs(_department == "MZJ" ? "JYJ" : "MZJ", Roles.DepartmentLeader));
        Assert.Equal(JTokenType.Null, otherLeader.Data["department"]!["assessments"]!["nodes"]![0]!["rank"]!.Type);
    }

    [Fact]
    public async Task Published_scores_are_for_every_government_user_and_dashboards()
    {
        var response = (await _factory.ClientAs("MZJ", Roles.Staff).PostQueryAsync(
            "{ assessments(year: 2025, first: 100) { nodes { isPublished score } } }")).AssertNoErrors(e => (string?)e["extensions"]!["code"] == "AUTH_NOT_AUTHORIZED");
        var nodes = response.Data["assessments"]!["nodes"]!.ToList();
        Assert.All(nodes.Where(n => (bool)n["isPublished"]!), n => Assert.NotEqual(JTokenType.Null, n["score"]!.Type));
        Assert.Single(nodes, n => n["score"]!.Type == JTokenType.Null);
    }
}
