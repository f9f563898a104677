using InfoGov.Api.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Projects;

/// <summary>The supervision filters on <c>projects</c> give exactly the projects whose own fields say so.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProjectSupervisionFilterTests(InfoGovApiFactory factory)
{
    [Fact]
    public async Task Overdue_reports_and_due_dates_filter_as_the_projects_fields_say()
    {
        var office = factory.ClientAs("XXB", Roles.CommitteeOffice);
        // Every project, page by page in the list's order (by code).
        var everything = new List<Newtonsoft.Json.Linq.JToken>();
        string? after = null;
        do
        {
            var page = (await office.PostQueryAsync("query($a: String) { projects(first: 100, after: $a) { nodes { code isProgressReportOverdue currentPlan { dueOn } } pageInfo { hasNextPage endCursor } } }",
                new { a = after })).AssertNoErrors().Data["projects"]!;
            everything.AddRange(page["nodes"]!);
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        async Task<List<string>> Codes(string filter) =>
            (await office.PostQueryAsync($"{{ projects(first: 100, filter: {{ {filter} }}) {{ nodes {{ code }} }} }}")).AssertNoErrors()
            .Data["projects"]!["nodes"]!.Select(n => (string)n["code"]!).ToList();

        var overdue = everything.Where(p => (bool)p["isProgressReportOverdue"]!).Select(p => (string)p["code"]!).ToList();
        Assert.NotEmpty(overdue);
        Assert.Equal(overdue, await Codes("isProgressReportOverdue: true"));
        var inTime = everything.Where(p => !(bool)p["isProgressReportOverdue"]!).Select(p => (string)p["code"]!).Take(100).ToList();
        Assert.Equal(inTime, await Codes("isProgressReportOverdue: false"));

        var due = everything.Where(p => string.CompareOrdinal((string)p["currentPlan"]!["dueOn"]!, "2026-01-01") >= 0
                                        && string.CompareOrdinal((string)p["currentPlan"]!["dueOn"]!, "2026-06-30") <= 0).Select(p => (string)p["code"]!).ToList();
        Assert.NotEmpty(due);
        Assert.Equal(due, await Codes("dueOnOrAfter: \"2026-01-01\", dueOnOrBefore: \"2026-06-30\""));

        // Whether a report is overdue is supervision data: the public may not filter on it.
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await factory.CreateClient().PostQueryAsync("{ projects(filter: { isProgressReportOverdue: true }) { nodes { code } } }")).ErrorCodes);
    }
}
