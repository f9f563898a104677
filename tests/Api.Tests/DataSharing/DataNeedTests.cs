using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.Projects.Delivery;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.DataSharing;

/// <summary>
/// The data-needs list: GAJ publishes a need, the office routes it to WJW, WJW answers with a new catalog entry, GAJ
/// sees the entry on its need, and the answer counts in WJW's sharing responsiveness.
/// </summary>
public sealed class DataNeedTests(DataNeedTests.Host host) : IClassFixture<DataNeedTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private const string Need = "dataNeed { id version code status answerDueOn provider { code } resource { code } declineReason }";

    [Fact]
    public async Task A_need_is_published_routed_answered_with_a_new_entry_and_counted_in_the_providers_responsiveness()
    {
        var requester = host.ClientAs("GAJ", Roles.DataSteward);
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var provider = host.ClientAs("WJW", Roles.DataSteward);

        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(requester, "publishDataNeed", "PublishDataNeedInput",
            new { title = "出生医学证明数据", description = "x", purpose = "x", legalBasis = "x", neededBy = "2026-11-20" }));
        var need = (await ProjectUnderWay.CallAsync(requester, "publishDataNeed", "PublishDataNeedInput", new
        {
            title = "出生医学证明数据",
            description = "新生儿姓名、出生日期、出生地、父母证件号。",
            purpose = "新生儿户口登记免提交纸质证明",
            legalBasis = "《户口登记条例》第七条",
            neededBy = "2027-01-31",
        }, Need))["dataNeed"]!;
        Assert.StartsWith("XQ-2026-", (string?)need["code"]);
        Assert.Equal("PUBLISHED", (string?)need["status"]);
        Assert.Contains((string)need["code"]!, await OpenInBulletinAsync(office));

        // Only the office routes it, once; WJW answers within ten working days.
        var route = new { needId = (string)need["id"]!, version = (int)need["version"]!, providerCode = "WJW" };
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await requester.PostQueryAsync("mutation($i: RouteDataNeedInput!) { routeDataNeed(input: $i) { errors { code } } }", new { i = route })).ErrorCodes);
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(office, "routeDataNeed", "RouteDataNeedInput", route with { providerCode = "GAJ" }));
        need = (await ProjectUnderWay.CallAsync(office, "routeDataNeed", "RouteDataNeedInput", route, Need))["dataNeed"]!;
        Assert.Equal(("ROUTED", "WJW"), ((string?)need["status"], (string?)need["provider"]!["code"]));
        Assert.True(DateOnly.Parse((string)need["answerDueOn"]!) >= new DateOnly(2026, 12, 4));

        // WJW registers and publishes a new entry, and answers with it; nobody else answers for WJW.
        var entry = (await ProjectUnderWay.CallAsync(provider, "registerDataResource", "RegisterDataResourceInput", new
        {
            code = "ZY-WJW-901",
            name = "出生医学证明信息",
            summary = "出生医学证明签发记录",
            classification = "THEMATIC",
            format = "JSON",
            updateCycle = "DAILY",
            delivery = "API",
            sharingType = "CONDITIONAL",
            openType = "NOT_OPEN",
            sharingConditions = "仅用于户口登记",
            items = new[] { new { name = "新生儿姓名", dataType = "string" }, new { name = "出生日期", dataType = "date" } },
        }, "dataResource { id version code }"))["dataResource"]!;
        await ProjectUnderWay.CallAsync(provider, "publishDataResource", "DataResourceVersionInput", new { id = (string)entry["id"]!, version = (int)entry["version"]! }, "dataResource { status }");
        var answer = new { needId = (string)need["id"]!, version = (int)need["version"]!, resourceCode = (string?)"ZY-WJW-901", reason = (string?)null };
        Assert.Equal("NOT_PERMITTED", await ProjectUnderWay.RefusalAsync(host.ClientAs("MZJ", Roles.DataSteward), "answerDataNeed", "AnswerDataNeedInput", answer));
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(provider, "answerDataNeed", "AnswerDataNeedInput", answer with { reason = "x" }));
        need = (await ProjectUnderWay.CallAsync(provider, "answerDataNeed", "AnswerDataNeedInput", answer, Need))["dataNeed"]!;
        Assert.Equal("PROVIDED", (string?)need["status"]);
        Assert.DoesNotContain((string)need["code"]!, await OpenInBulletinAsync(office));
        Assert.Equal("INVALID_TRANSITION", await ProjectUnderWay.RefusalAsync(provider, "answerDataNeed", "AnswerDataNeedInput",
            answer with { version = (int)need["version"]!, resourceCode = null, reason = "不再提供" }));

        // GAJ sees the entry on its need, and may now request it.
        var seen = (await requester.PostQueryAsync("{ dataNeeds(departmentCode: \"GAJ\", status: PROVIDED) { nodes { code resource { code sharingType } } } }"))
            .AssertNoErrors().Data["dataNeeds"]!["nodes"]!.Single(n => (string?)n["code"] == (string?)need["code"]);
        Assert.Equal(("ZY-WJW-901", "CONDITIONAL"), ((string?)seen["resource"]!["code"], (string?)seen["resource"]!["sharingType"]));

        // Counted: WJW's 2026 sharing responsiveness takes the need, answered in time.
        await ProjectUnderWay.CallAsync(office, "runAssessment", "AssessmentYearInput", new { year = 2026 }, "assessmentYear { __typename }");
        var indicator = (await office.PostQueryAsync("{ department(code: \"WJW\") { assessments(first: 5) { nodes { year indicators(first: 20) { nodes { indicator inputs } } } } } }"))
            .AssertNoErrors().Data["department"]!["assessments"]!["nodes"]!.Single(a => (int)a["year"]! == 2026)["indicators"]!["nodes"]!
            .Single(i => (string?)i["indicator"] == "DATA_SHARING_RESPONSIVENESS");
        Assert.Contains((string)need["code"]!, indicator["inputs"]!.Select(i => (string)i!));

        // And in the yearly sharing evaluation: WJW answered its routed need in time; the printed evaluation has its row.
        var evaluation = (await office.PostQueryAsync("{ department(code: \"WJW\") { name sharingEvaluation(year: 2026) { needsRouted needsAnsweredInTime requestsReceived requestsAnsweredInTime entriesPublished entriesStale } } }"))
            .AssertNoErrors().Data["department"]!;
        var wjw = evaluation["sharingEvaluation"]!;
        Assert.True((int)wjw["needsRouted"]! >= 1 && (int)wjw["needsAnsweredInTime"]! >= 1, wjw.ToString());
        Assert.True((int)wjw["requestsAnsweredInTime"]! <= (int)wjw["requestsReceived"]! && (int)wjw["entriesStale"]! <= (int)wjw["entriesPublished"]!, wjw.ToString());
        var printed = await office.GetAsync("/sharing-evaluations/2026");
        Assert.Equal(System.Net.HttpStatusCode.OK, printed.StatusCode);
        Assert.Contains($"<td>{evaluation["name"]}</td>", await printed.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/sharing-evaluations/2026")).StatusCode);
        Assert.Contains("INVALID_ARGUMENT", (await office.PostQueryAsync("{ department(code: \"WJW\") { sharingEvaluation(year: 2100) { year } } }")).ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await host.CreateClient().PostQueryAsync("{ dataNeeds { totalCount } }")).ErrorCodes);
    }

    /// <summary>The codes of the needs November's bulletin lists as open, and that its printed form has the section.</summary>
    private static async Task<List<string>> OpenInBulletinAsync(HttpClient office)
    {
        var html = await (await office.GetAsync("/bulletins/2026-11")).Content.ReadAsStringAsync();
        Assert.Contains("十一、未办结的数据需求（", html);
        return (await office.PostQueryAsync("{ bulletin(month: \"2026-11-01\") { openDataNeeds(first: 100) { nodes { code } } } }")).AssertNoErrors()
            .Data["bulletin"]!["openDataNeeds"]!["nodes"]!.Select(n => (string)n["code"]!).ToList();
    }
}
