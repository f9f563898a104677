using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Projects.Delivery;

/// <summary>
/// The office's delivery confidence rating: changed twice with its history kept (each with the one before it),
/// beside the computed colour, which it leaves alone; dashboards filter and sort by it; only the office rates, and
/// the public may neither read nor filter nor sort by it.
/// </summary>
public sealed class DeliveryConfidenceTests(InfoGovApiFactory host) : IClassFixture<InfoGovApiFactory>
{
    private const string Rating = "project { version colour deliveryConfidence confidenceHistory(first: 10) { totalCount nodes { rating previous narrative ratedBy } } }";

    [Fact]
    public async Task A_rating_changed_twice_keeps_its_history_and_leaves_the_colour_alone()
    {
        var project = await ProjectUnderWay.StartAsync(host, "MZJ", "交付信心测试项目", "2026-11-20", "2027-10-31");
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var first = await ProjectUnderWay.CallAsync(office, "rateDeliveryConfidence", "RateDeliveryConfidenceInput",
            new { projectId = project.Id, version = await VersionAsync(office, project.Code), rating = "AMBER", narrative = "采购延迟，需关注。" }, Rating);
        var colour = (string?)first["project"]!["colour"];
        var second = await ProjectUnderWay.CallAsync(office, "rateDeliveryConfidence", "RateDeliveryConfidenceInput",
            new { projectId = project.Id, version = (int)first["project"]!["version"]!, rating = "AMBER_RED", narrative = "关键人员流失，进度存疑。" }, Rating);

        var rated = second["project"]!;
        Assert.Equal(("AMBER_RED", colour), ((string?)rated["deliveryConfidence"], (string?)rated["colour"]));
        var history = rated["confidenceHistory"]!["nodes"]!.Select(n => ((string?)n["rating"], (string?)n["previous"], (string?)n["narrative"])).ToList();
        Assert.Equal([("AMBER_RED", "AMBER", "关键人员流失，进度存疑。"), ("AMBER", null, "采购延迟，需关注。")], history);

        // A stale version is refused; so is a rating without a narrative, and any rating from outside the office.
        var input = new { projectId = project.Id, version = (int)first["project"]!["version"]!, rating = "RED", narrative = "x" };
        Assert.Equal("CONFLICT", await ProjectUnderWay.RefusalAsync(office, "rateDeliveryConfidence", "RateDeliveryConfidenceInput", input));
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(office, "rateDeliveryConfidence", "RateDeliveryConfidenceInput",
            input with { version = (int)rated["version"]!, narrative = " " }));
        var manager = ProjectUnderWay.Official(host, "MZJ", "cio", Roles.InformationManager);
        var refused = await manager.PostQueryAsync("mutation($i: RateDeliveryConfidenceInput!) { rateDeliveryConfidence(input: $i) { errors { code } } }",
            new { i = input with { version = (int)rated["version"]! } });
        Assert.Contains("AUTH_NOT_AUTHORIZED", refused.ErrorCodes);

        // The office filters by it; dashboards (which see published projects) sort by it: the least confident first.
        var dashboard = host.CreateClient();
        dashboard.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.Dashboard], null, IsApp: true)));
        var filtered = (await office.PostQueryAsync("{ projects(first: 100, filter: { deliveryConfidences: [AMBER_RED], departmentCode: \"MZJ\" }) { nodes { code deliveryConfidence } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]!;
        Assert.Contains(project.Code, filtered.Select(n => (string)n["code"]!));
        Assert.All(filtered, n => Assert.Equal("AMBER_RED", (string?)n["deliveryConfidence"]));
        var sorted = (await dashboard.PostQueryAsync("{ projects(first: 100, orderBy: CONFIDENCE_SEVERITY) { nodes { deliveryConfidence } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]!.Select(n => (string?)n["deliveryConfidence"]).ToList();
        string?[] severity = ["RED", "AMBER_RED", "AMBER", "AMBER_GREEN", "GREEN", null];
        var ranks = sorted.Select(r => Array.IndexOf(severity, r)).ToList();
        Assert.Equal(ranks.Order().ToList(), ranks);
        Assert.Contains("RED", sorted); // the demo data rates some projects red

        // The public reads neither the rating nor its history, and may not filter or sort by it.
        var anonymous = host.CreateClient();
        var hidden = await anonymous.PostQueryAsync("query($code: String!) { project(code: $code) { deliveryConfidence } }", new { code = project.Code });
        Assert.Contains("AUTH_NOT_AUTHENTICATED", hidden.ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await anonymous.PostQueryAsync("{ projects(first: 5, filter: { deliveryConfidences: [RED] }) { nodes { code } } }")).ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await anonymous.PostQueryAsync("{ projects(first: 5, orderBy: CONFIDENCE_SEVERITY) { nodes { code } } }")).ErrorCodes);
    }

    [Fact]
    public async Task A_project_is_rated_from_approval_until_acceptance()
    {
        var office = host.OfficeClient();
        var accepted = (await office.PostQueryAsync("{ projects(first: 1, filter: { statuses: [ACCEPTED] }) { nodes { id version } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]![0]!;
        Assert.Equal("INVALID_TRANSITION", await ProjectUnderWay.RefusalAsync(office, "rateDeliveryConfidence", "RateDeliveryConfidenceInput",
            new { projectId = (string)accepted["id"]!, version = (int)accepted["version"]!, rating = "GREEN", narrative = "Delivered." }));
    }

    private static async Task<int> VersionAsync(HttpClient office, string code) =>
        (int)(await office.PostQueryAsync("query($code: String!) { project(code: $code) { version } }", new { code })).AssertNoErrors().Data["project"]!["version"]!;
}
