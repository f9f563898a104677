using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.Projects.Delivery;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Api.Tests.DataSharing;

/// <summary>
/// Freshness and quality of shared data: an entry past its update cycle is flagged and announced once; a quality
/// issue is reported by a consumer and answered by the provider.
/// </summary>
public sealed class DataQualityTests(DataQualityTests.Host host) : IClassFixture<DataQualityTests.Host>
{
    /// <summary>A host of its own that sweeps for events every second of its clock, which the test moves on.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        public ShiftableTimeProvider Clock { get; } = new(Now);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Notifications:SweepInterval", "00:00:01");
            builder.UseSetting("Notifications:PollInterval", "00:00:00.200");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    [Fact]
    public async Task A_weekly_entry_not_refreshed_within_its_week_is_flagged_and_announced_once_and_a_refresh_clears_it()
    {
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        // A new weekly entry of MZJ, published, with no refresh recorded: no lapse of it was ever announced.
        const string provider = "MZJ";
        var steward = host.ClientAs(provider, Roles.DataSteward);
        var registered = (await ProjectUnderWay.CallAsync(steward, "registerDataResource", "RegisterDataResourceInput", new
        {
            code = "ZY-MZJ-951",
            name = "社会组织年检结果",
            summary = "社会组织年度检查结论",
            classification = "THEMATIC",
            format = "JSON",
            updateCycle = "WEEKLY",
            delivery = "API",
            sharingType = "UNCONDITIONAL",
            openType = "NOT_OPEN",
            items = new[] { new { name = "统一社会信用代码", dataType = "string" } },
        }, "dataResource { id version code }"))["dataResource"]!;
        await ProjectUnderWay.CallAsync(steward, "publishDataResource", "DataResourceVersionInput", new { id = (string)registered["id"]!, version = (int)registered["version"]! }, "dataResource { status }");
        var code = (string)registered["code"]!;

        await using var socket = await GraphQLSocket.ConnectAsync(host);
        await socket.InitAsync(host.Token(new TokenRequest([Roles.CommitteeOffice], "XXB")));
        await socket.SubscribeAsync("stale", "subscription { events(kinds: [DATA_RESOURCE_STALE]) { kind subject { ... on DataResource { code isStale } } } }");

        // Only the provider records a refresh, and not one in the future.
        Assert.Equal("NOT_PERMITTED", await ProjectUnderWay.RefusalAsync(host.ClientAs("GAJ", Roles.DataSteward),
            "recordDataUpdate", "RecordDataUpdateInput", new { resourceCode = code }));
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(steward, "recordDataUpdate", "RecordDataUpdateInput", new { resourceCode = code, updatedOn = "2026-11-21" }));
        // Refreshed on the 12th: due by the 19th, so stale on the 20th (today).
        var stale = (await ProjectUnderWay.CallAsync(steward, "recordDataUpdate", "RecordDataUpdateInput", new { resourceCode = code, updatedOn = "2026-11-12" },
            "dataResource { lastUpdatedOn nextUpdateDueOn isStale }"))["dataResource"]!;
        Assert.Equal(("2026-11-12", "2026-11-19", true), ((string?)stale["lastUpdatedOn"], (string?)stale["nextUpdateDueOn"], (bool)stale["isStale"]!));
        var flagged = (await office.PostQueryAsync("{ dataResources(first: 100, filter: { isStale: true }) { nodes { code isStale } } }")).AssertNoErrors().Data["dataResources"]!["nodes"]!;
        Assert.Contains(flagged, r => (string?)r["code"] == code);
        Assert.All(flagged, r => Assert.True((bool)r["isStale"]!));

        // The sweep (every second of the clock here) announces it once, however many passes follow.
        var announced = new List<string>();
        var until = DateTime.UtcNow.AddSeconds(8);
        while (DateTime.UtcNow < until)
        {
            host.Clock.Now = host.Clock.Now.AddSeconds(2);
            try
            {
                var message = await socket.ReceiveAsync(TimeSpan.FromSeconds(1));
                announced.Add((string)message["payload"]!["data"]!["events"]!["subject"]!["code"]!);
            }
            catch (TimeoutException) { }
        }
        Assert.Equal(1, announced.Count(c => c == code));

        // Refreshed today: fresh again, off the stale list.
        await ProjectUnderWay.CallAsync(steward, "recordDataUpdate", "RecordDataUpdateInput", new { resourceCode = code }, "dataResource { isStale }");
        var fresh = (await office.PostQueryAsync("{ dataResources(first: 100, filter: { isStale: false }) { nodes { code isStale } } }")).AssertNoErrors().Data["dataResources"]!["nodes"]!;
        Assert.Contains(fresh, r => (string?)r["code"] == code && !(bool)r["isStale"]!);
    }

    [Fact]
    public async Task A_quality_issue_is_reported_with_evidence_and_answered_by_the_provider()
    {
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var entry = (await office.PostQueryAsync("{ dataResources(first: 100, filter: { sharingTypes: [UNCONDITIONAL] }) { nodes { code status provider { code } } } }")).AssertNoErrors()
            .Data["dataResources"]!["nodes"]!.First(r => (string?)r["status"] == "PUBLISHED");
        var (code, provider) = ((string)entry["code"]!, (string)entry["provider"]!["code"]!);
        var consumer = provider == "GAJ" ? "WJW" : "GAJ";
        var exchange = host.CreateClient();
        exchange.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.DataExchange], consumer, IsApp: true) { Name = "exchange" }));

        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(exchange, "reportDataQualityIssue", "ReportDataQualityIssueInput",
            new { resourceCode = code, kind = "WRONG", description = "地址字段与实际不符。", evidence = " " }));
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(host.ClientAs(provider, Roles.DataSteward), "reportDataQualityIssue", "ReportDataQualityIssueInput",
            new { resourceCode = code, kind = "WRONG", description = "x", evidence = "x" }));
        var issue = (await ProjectUnderWay.CallAsync(exchange, "reportDataQualityIssue", "ReportDataQualityIssueInput",
            new { resourceCode = code, kind = "WRONG", description = "地址字段与实际不符。", evidence = "记录 88031 的地址为旧址。" },
            "dataQualityIssue { id version kind reportedOn answerDueOn isOverdue reportedBy { code } }"))["dataQualityIssue"]!;
        Assert.Equal(("WRONG", "2026-11-20", consumer), ((string?)issue["kind"], (string?)issue["reportedOn"], (string?)issue["reportedBy"]!["code"]));
        Assert.True(DateOnly.Parse((string)issue["answerDueOn"]!) > new DateOnly(2026, 11, 26)); // five working days

        // Only the provider answers it; once.
        var answer = new { issueId = (string)issue["id"]!, version = (int)issue["version"]!, resolution = "CORRECTED", answer = "已更正为新址。" };
        Assert.Equal("NOT_PERMITTED", await ProjectUnderWay.RefusalAsync(host.ClientAs(consumer, Roles.DataSteward), "answerDataQualityIssue", "AnswerDataQualityIssueInput", answer));
        var answered = (await ProjectUnderWay.CallAsync(host.ClientAs(provider, Roles.DataSteward), "answerDataQualityIssue", "AnswerDataQualityIssueInput", answer,
            "dataQualityIssue { version resolution answer answeredOn }"))["dataQualityIssue"]!;
        Assert.Equal(("CORRECTED", "已更正为新址。", "2026-11-20"), ((string?)answered["resolution"], (string?)answered["answer"], (string?)answered["answeredOn"]));
        Assert.Equal("INVALID_TRANSITION", await ProjectUnderWay.RefusalAsync(host.ClientAs(provider, Roles.DataSteward), "answerDataQualityIssue", "AnswerDataQualityIssueInput",
            answer with { version = (int)answered["version"]! }));
        var listed = (await office.PostQueryAsync("query($c: String) { dataQualityIssues(resourceCode: $c) { nodes { id resolution } } }", new { c = code })).AssertNoErrors().Data["dataQualityIssues"]!["nodes"]!;
        Assert.Contains(listed, i => (string?)i["id"] == (string?)issue["id"] && (string?)i["resolution"] == "CORRECTED");
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await host.CreateClient().PostQueryAsync("{ dataQualityIssues { totalCount } }")).ErrorCodes);
    }
}
