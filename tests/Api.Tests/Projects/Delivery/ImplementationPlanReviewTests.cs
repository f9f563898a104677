using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Projects.Delivery;

/// <summary>
/// The implementation plan is reviewed by the office: filed (the project stays approved, no contract yet), returned
/// with comments, filed again, accepted: only then does implementation start. Only the office reviews.
/// </summary>
public sealed class ImplementationPlanReviewTests(InfoGovApiFactory host) : IClassFixture<InfoGovApiFactory>
{
    private const string Plans = "project { id version status actualStartOn implementationPlan { id version number status } implementationPlans(first: 5) { nodes { number status reviewComments } } }";

    [Fact]
    public async Task A_plan_returned_then_accepted_starts_implementation_only_on_acceptance()
    {
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var approved = (await office.PostQueryAsync("{ projects(first: 100, filter: { statuses: [APPROVED] }) { nodes { id version department { code } implementationPlan { id } } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]!.First(n => n["implementationPlan"]!.Type == Newtonsoft.Json.Linq.JTokenType.Null);
        var manager = ProjectUnderWay.Official(host, (string)approved["department"]!["code"]!, "cio", Roles.InformationManager);
        var id = (string)approved["id"]!;
        var plan = new { projectId = id, version = (int)approved["version"]!, tasks = "需求、设计、开发、部署", systemDesign = "政务云 B/S 架构", schedule = "2027年1月至9月" };

        var filed = (await ProjectUnderWay.CallAsync(manager, "fileImplementationPlan", "FileImplementationPlanInput", plan, Plans))["project"]!;
        Assert.Equal(("APPROVED", "FILED", 1), ((string?)filed["status"], (string?)filed["implementationPlan"]!["status"], (int)filed["implementationPlan"]!["number"]!));
        // Not under way yet: no tender; one plan waits at a time; the department does not review its own plan.
        Assert.Equal("INVALID_TRANSITION", await ProjectUnderWay.RefusalAsync(manager, "recordTender", "RecordTenderInput",
            new { projectId = id, title = "x", method = "OPEN_TENDER", publishedOn = "2026-11-01" }));
        Assert.Equal("INVALID_TRANSITION", await ProjectUnderWay.RefusalAsync(manager, "fileImplementationPlan", "FileImplementationPlanInput", plan with { version = (int)filed["version"]! }));
        var first = filed["implementationPlan"]!;
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await manager.PostQueryAsync("mutation($i: ReviewImplementationPlanInput!) { reviewImplementationPlan(input: $i) { errors { code } } }",
            new { i = new { planId = (string)first["id"]!, version = (int)first["version"]!, accept = true } })).ErrorCodes);

        // Returned with comments: still approved; a return without comments is refused.
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(office, "reviewImplementationPlan", "ReviewImplementationPlanInput",
            new { planId = (string)first["id"]!, version = (int)first["version"]!, accept = false }));
        var returned = (await ProjectUnderWay.CallAsync(office, "reviewImplementationPlan", "ReviewImplementationPlanInput",
            new { planId = (string)first["id"]!, version = (int)first["version"]!, accept = false, comments = "补充数据迁移方案与等保设计。" }, Plans))["project"]!;
        Assert.Equal(("APPROVED", "RETURNED"), ((string?)returned["status"], (string?)returned["implementationPlan"]!["status"]));

        // Revised and accepted: implementation starts today; the history keeps both plans.
        var revised = (await ProjectUnderWay.CallAsync(manager, "fileImplementationPlan", "FileImplementationPlanInput",
            plan with { version = (int)returned["version"]!, tasks = "需求、设计、开发、数据迁移、等保测评、部署" }, Plans))["project"]!;
        var second = revised["implementationPlan"]!;
        Assert.Equal((2, "FILED"), ((int)second["number"]!, (string?)second["status"]));
        var accepted = (await ProjectUnderWay.CallAsync(office, "reviewImplementationPlan", "ReviewImplementationPlanInput",
            new { planId = (string)second["id"]!, version = (int)second["version"]!, accept = true }, Plans))["project"]!;
        Assert.Equal(("IN_IMPLEMENTATION", "2026-11-20"), ((string?)accepted["status"], (string?)accepted["actualStartOn"]));
        var history = accepted["implementationPlans"]!["nodes"]!.Select(n => ((int)n["number"]!, (string?)n["status"], (string?)n["reviewComments"])).ToList();
        Assert.Equal([(2, "ACCEPTED", null), (1, "RETURNED", "补充数据迁移方案与等保设计。")], history);
    }
}
