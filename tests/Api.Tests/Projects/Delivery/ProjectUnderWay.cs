using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using InfoGov.Infrastructure.Persistence.Seeding;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Projects.Delivery;

/// <summary>
/// A fresh project taken through the API from its draft to implementation (submitted, reviewed by a drawn panel,
/// approved with the given milestones, implementation plan filed and accepted by the office), for the tests of what happens while it is
/// under way. Starts on the host's today.
/// </summary>
public sealed record ProjectUnderWay(string Id, string Code, string Department)
{
    public static async Task<ProjectUnderWay> StartAsync(InfoGovApiFactory host, string department, string name, string startOn, string dueOn,
        params (string Name, string DueOn)[] milestones)
    {
        var manager = Official(host, department, "cio", Roles.InformationManager);
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var created = await CallAsync(manager, "createProjectDraft", "CreateProjectDraftInput", new
        {
            departmentCode = department,
            name,
            level = "DEPARTMENTAL",
            scope = name,
            budget = new { amount = 600000 },
            startOn,
            dueOn,
            feasibilityStudyReference = "KY-" + name,
        });
        var id = (string)created["project"]!["id"]!;
        var step = await CallAsync(manager, "submitProject", "ProjectVersionInput", new { id, version = 1 });
        var meetingOn = DateOnly.Parse(startOn, System.Globalization.CultureInfo.InvariantCulture).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        step = await CallAsync(office, "drawReviewPanel", "DrawReviewPanelInput", new { projectId = id, version = Version(step), category = "data", size = 3, meetingOn });
        var panel = (await office.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on Project { reviewPanel { id version members { nodes { expert { code } } } } } } }", new { id }))
            .AssertNoErrors().Data["node"]!["reviewPanel"]!;
        foreach (var member in panel["members"]!["nodes"]!)
        {
            var expert = host.CreateClient();
            expert.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.Expert])
            {
                ObjectId = DemoAccounts.ExpertObjectId((string)member["expert"]!["code"]!).ToString(),
            }));
            (await expert.PostQueryAsync("mutation($i: RecordExpertOpinionInput!) { recordExpertOpinion(input: $i) { errors { code } } }",
                new { i = new { panelId = (string)panel["id"]!, recommendation = "APPROVE", opinion = "Approve." } })).AssertNoErrors();
        }
        (await office.PostQueryAsync("mutation($i: ConcludeReviewInput!) { concludeReview(input: $i) { errors { code } } }",
            new { i = new { panelId = (string)panel["id"]!, version = (int)panel["version"]!, conclusion = "APPROVE", summary = "Approve" } })).AssertNoErrors();
        step = await CallAsync(office, "decideProject", "DecideProjectInput", new
        {
            projectId = id,
            version = Version(step),
            decision = "APPROVE",
            milestones = milestones.Select(m => new { name = m.Name, dueOn = m.DueOn }).ToArray(),
        });
        step = await CallAsync(manager, "fileImplementationPlan", "FileImplementationPlanInput",
            new { projectId = id, version = Version(step), tasks = "Build", systemDesign = "B/S on the government cloud", schedule = $"{startOn} to {dueOn}" },
            "project { id code version status implementationPlan { id version } }");
        var plan = step["project"]!["implementationPlan"]!;
        step = await CallAsync(office, "reviewImplementationPlan", "ReviewImplementationPlanInput",
            new { planId = (string)plan["id"]!, version = (int)plan["version"]!, accept = true });
        Assert.Equal("IN_IMPLEMENTATION", (string?)step["project"]!["status"]);
        return new ProjectUnderWay(id, (string)step["project"]!["code"]!, department);
    }

    /// <summary>A client of a demo official of <paramref name="department"/> ("head" or "cio"), minted at the host's clock.</summary>
    public static HttpClient Official(InfoGovApiFactory host, string department, string post, string role)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([role], department)
        {
            ObjectId = DemoAccounts.OfficialObjectId(department, post).ToString(),
        }));
        return client;
    }

    /// <summary>Runs a mutation and returns its payload; fails the test if the mutation refuses.</summary>
    public static async Task<JToken> CallAsync(HttpClient client, string mutation, string inputType, object input, string fields = "project { id code version status }")
    {
        var payload = (await client.PostQueryAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ {fields} errors {{ code field message }} }} }}", new { i = input }))
            .AssertNoErrors().Data[mutation]!;
        Assert.True(!payload["errors"]!.Any(), $"{mutation} refused: {payload["errors"]}");
        return payload;
    }

    /// <summary>Runs a mutation expected to be refused and returns its first error's code.</summary>
    public static async Task<string?> RefusalAsync(HttpClient client, string mutation, string inputType, object input)
    {
        var payload = (await client.PostQueryAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ errors {{ code field message }} }} }}", new { i = input }))
            .AssertNoErrors().Data[mutation]!;
        Assert.True(payload["errors"]!.Any(), $"{mutation} was not refused");
        return (string?)payload["errors"]![0]!["code"];
    }

    private static int Version(JToken payload) => (int)payload["project"]!["version"]!;
}
