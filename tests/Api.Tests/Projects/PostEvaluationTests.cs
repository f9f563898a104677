using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Projects;

/// <summary>An accepted system is evaluated after its stable-operation period. A host of its own whose
/// period (ten years) no accepted demo project has reached.</summary>
public sealed class PostEvaluationTests(PostEvaluationTests.Host host) : IClassFixture<PostEvaluationTests.Host>
{
    public sealed class Host : InfoGovApiFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Projects:StableOperationMonths", "120");
        }
    }

    [Fact]
    public async Task A_system_is_not_evaluated_before_its_stable_operation_period_ends()
    {
        var office = host.OfficeClient();
        var accepted = (await office.PostQueryAsync("{ projects(first: 1, filter: { statuses: [ACCEPTED] }) { nodes { id version completedOn } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]![0]!;
        var refused = (await office.PostQueryAsync("mutation($i: RecordPostEvaluationInput!) { recordPostEvaluation(input: $i) { project { status } errors { code field message } } }",
            new
            {
                i = new
                {
                    projectId = (string)accepted["id"]!,
                    version = (int)accepted["version"]!,
                    evaluatedOn = "2026-11-20",
                    qualityScore = 80,
                    operatingStatus = "STABLE",
                    returnOnInvestment = 0.1m,
                    conclusion = "CONTINUE"
                }
            })).AssertNoErrors().Data["recordPostEvaluation"]!;
        Assert.Equal(("INVALID_TRANSITION", "evaluatedOn"), ((string?)refused["errors"]![0]!["code"], (string?)refused["errors"]![0]!["field"]));
        var earliest = DateOnly.Parse((string)accepted["completedOn"]!).AddMonths(120);
        Assert.Contains($"120 months of stable operation: from {earliest:yyyy-MM-dd}", (string?)refused["errors"]![0]!["message"]);
    }
}
