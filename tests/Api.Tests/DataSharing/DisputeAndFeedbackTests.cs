using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.DataSharing;

/// <summary>Disputes about records, answered by the provider within 5 working days; usage feedback by the requester.</summary>
public sealed class DisputeAndFeedbackTests(DisputeAndFeedbackTests.Host host) : IClassFixture<DisputeAndFeedbackTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private static JToken Payload(GraphQLResponse response, string field) => response.AssertNoErrors().Data[field]!;

    [Fact]
    public async Task The_provider_answers_a_dispute_once_and_only_the_provider_does()
    {
        var resource = (await host.OfficeClient().PostQueryAsync("{ dataResources(first: 1, filter: { sharingTypes: [UNCONDITIONAL] }) { nodes { code provider { code } } } }"))
            .AssertNoErrors().Data["dataResources"]!["nodes"]![0]!;
        var provider = (string)resource["provider"]!["code"]!;
        var user = provider == "MZJ" ? "JYJ" : "MZJ";
        var raised = Payload(await host.ClientAs(user, Roles.Staff).PostQueryAsync(
            "mutation($i: RaiseDataDisputeInput!) { raiseDataDispute(input: $i) { dataDispute { id version raisedOn answerDueOn isOverdue } errors { code } } }",
            new { i = new { resourceCode = (string)resource["code"]!, recordReference = "91330100MA2XXXX", description = "Registered address is out of date" } }), "raiseDataDispute")["dataDispute"]!;
        Assert.Equal(("2026-11-20", "2026-11-27"), ((string?)raised["raisedOn"], (string?)raised["answerDueOn"])); // 5 working days
        Assert.False((bool)raised["isOverdue"]!);

        const string answer = "mutation($i: AnswerDataDisputeInput!) { answerDataDispute(input: $i) { dataDispute { answer version } errors { code } } }";
        var input = new { disputeId = (string)raised["id"]!, version = 1, answer = "Corrected in the November refresh" };
        var foreign = Payload(await host.ClientAs(user, Roles.DataSteward).PostQueryAsync(answer, new { i = input }), "answerDataDispute");
        Assert.Equal("NOT_PERMITTED", (string?)foreign["errors"]![0]!["code"]);
        var answered = Payload(await host.ClientAs(provider, Roles.DataSteward).PostQueryAsync(answer, new { i = input }), "answerDataDispute");
        Assert.Equal("Corrected in the November refresh", (string?)answered["dataDispute"]!["answer"]);
        var twice = Payload(await host.ClientAs(provider, Roles.DataSteward).PostQueryAsync(answer, new { i = input with { version = 2 } }), "answerDataDispute");
        Assert.Equal("INVALID_TRANSITION", (string?)twice["errors"]![0]!["code"]);

        var list = (await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(
            "{ overdue: dataDisputes(isOverdue: true) { nodes { isOverdue } } onTime: dataDisputes(isOverdue: false) { totalCount } }")).AssertNoErrors().Data;
        Assert.All(list["overdue"]!["nodes"]!, d => Assert.True((bool)d["isOverdue"]!));
        Assert.True((int)list["onTime"]!["totalCount"]! >= 1);
    }

    [Fact]
    public async Task The_requesting_department_records_how_it_used_the_data()
    {
        var request = (await host.OfficeClient().PostQueryAsync("{ sharingRequests(first: 1, filter: { statuses: [APPROVED] }) { nodes { id version requester { code } } } }"))
            .AssertNoErrors().Data["sharingRequests"]!["nodes"]![0]!;
        const string feedback = "mutation($i: RecordUsageFeedbackInput!) { recordUsageFeedback(input: $i) { sharingRequest { usageFeedback } errors { code } } }";
        var input = new { requestId = (string)request["id"]!, version = (int)request["version"]!, feedback = "Used to verify 1,204 applications; saved citizens 3 visits each" };
        var requester = (string)request["requester"]!["code"]!;
        var foreign = Payload(await host.ClientAs(requester == "MZJ" ? "JYJ" : "MZJ", Roles.DataSteward).PostQueryAsync(feedback, new { i = input }), "recordUsageFeedback");
        Assert.Equal("NOT_PERMITTED", (string?)foreign["errors"]![0]!["code"]);
        var recorded = Payload(await host.ClientAs(requester, Roles.DataSteward).PostQueryAsync(feedback, new { i = input }), "recordUsageFeedback");
        Assert.StartsWith("Used to verify", (string?)recorded["sharingRequest"]!["usageFeedback"]);
    }
}

/// <summary>The request deadline on the real calendar: submitted the Monday before National Day 2026.</summary>
public sealed class SharingDeadlineAcrossHolidaysTests(SharingDeadlineAcrossHolidaysTests.Host host) : IClassFixture<SharingDeadlineAcrossHolidaysTests.Host>
{
    public sealed class Host : InfoGovApiFactory
    {
        protected override DateTimeOffset ClockTime => new(2026, 9, 28, 2, 0, 0, TimeSpan.Zero);
    }

    [Fact]
    public async Task Ten_working_days_skip_the_national_day_holidays_and_count_the_make_up_saturday()
    {
        var resource = (await host.OfficeClient().PostQueryAsync("{ dataResources(first: 1, filter: { sharingTypes: [CONDITIONAL] }) { nodes { code provider { code } items(first: 1) { nodes { id } } } } }"))
            .AssertNoErrors().Data["dataResources"]!["nodes"]![0]!;
        var provider = (string)resource["provider"]!["code"]!;
        var response = (await host.ClientAs(provider == "MZJ" ? "JYJ" : "MZJ", Roles.DataSteward).PostQueryAsync(
            "mutation($i: SubmitSharingRequestInput!) { submitSharingRequest(input: $i) { sharingRequest { submittedOn answerDueOn } errors { code } } }",
            new
            {
                i = new
                {
                    resourceCode = (string)resource["code"]!,
                    purpose = "Verify",
                    legalBasis = "Regulation",
                    itemIds = resource["items"]!["nodes"]!.Select(i => (string)i["id"]!),
                    periodFrom = "2026-10-08",
                    periodUntil = "2027-09-30"
                }
            })).AssertNoErrors().Data["submitSharingRequest"]!["sharingRequest"]!;
        // 29, 30 Sep; 1-7 Oct off (1, 2, 5, 6, 7 holidays); 8, 9 Oct; Saturday 10 Oct worked; 12-16 Oct: the 10th working day is 16 Oct.
        Assert.Equal(("2026-09-28", "2026-10-16"), ((string?)response["submittedOn"], (string?)response["answerDueOn"]));
    }
}
