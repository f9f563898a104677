using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Assessments;

/// <summary>Sharing responsiveness counts only requests a provider could have answered by now.</summary>
public sealed class SharingResponsivenessTests(SharingResponsivenessTests.Host host) : IClassFixture<SharingResponsivenessTests.Host>
{
    /// <summary>A host of its own: this test writes, and runs the year's assessment before anyone publishes it.</summary>
    public sealed class Host : InfoGovApiFactory;

    private HttpClient Office => host.ClientAs("XXB", Roles.CommitteeOffice);

    [Fact]
    public async Task A_sharing_request_not_yet_due_is_not_counted_against_the_providers_responsiveness()
    {
        var resource = (await Office.PostQueryAsync("{ dataResources(first: 1, filter: { sharingTypes: [CONDITIONAL] }) { nodes { code provider { code } items { nodes { id } } } } }"))
            .AssertNoErrors().Data["dataResources"]!["nodes"]![0]!;
        var provider = (string)resource["provider"]!["code"]!;
        var submitted = (await host.ClientAs(provider == "MZJ" ? "JYJ" : "MZJ", Roles.DataSteward).PostQueryAsync(
            "mutation($i: SubmitSharingRequestInput!) { submitSharingRequest(input: $i) { sharingRequest { number answerDueOn } errors { code } } }",
            new
            {
                i = new
                {
                    resourceCode = (string)resource["code"]!,
                    purpose = "Verify applicants",
                    legalBasis = "Regulation, article 12",
                    itemIds = resource["items"]!["nodes"]!.Select(i => (string)i["id"]!),
                    periodFrom = "2026-12-01",
                    periodUntil = "2027-11-30",
                },
            })).AssertNoErrors().Data["submitSharingRequest"]!["sharingRequest"]!;
        Assert.True(DateOnly.Parse((string)submitted["answerDueOn"]!) > DateOnly.FromDateTime(InfoGovApiFactory.Now.Date));

        var year = (await Office.PostQueryAsync("mutation { runAssessment(input: { year: 2026 }) { assessmentYear { assessments(first: 100) { nodes { department { code } indicators(first: 20) { nodes { indicator actual inputs } } } } } errors { code } } }"))
            .AssertNoErrors().Data["runAssessment"]!["assessmentYear"]!;
        var responsiveness = year["assessments"]!["nodes"]!.Single(a => (string?)a["department"]!["code"] == provider)["indicators"]!["nodes"]!
            .Single(i => (string?)i["indicator"] == "DATA_SHARING_RESPONSIVENESS");
        // Counted are the requests answered, or past their due date; this one has ten working days left.
        Assert.DoesNotContain((string)submitted["number"]!, responsiveness["inputs"]!.Select(n => (string?)n));
    }
}
