using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using InfoGov.Domain.Departments;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Assessments;

/// <summary>The office runs a year's assessment: computed indicators with their inputs, departments
/// without data unscored, the office's scores kept across runs, publication final.</summary>
public sealed class AssessmentRunTests(AssessmentRunTests.Host host) : IClassFixture<AssessmentRunTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private const string Year = "year unscored assessments(first: 100) { nodes { id score grade rank department { code projects { totalCount } } indicators(first: 20) { nodes { id indicator actual score isComputed inputs } } } }";

    private HttpClient Office => host.ClientAs("XXB", Roles.CommitteeOffice);

    private async Task<JToken> CallAsync(string mutation, string inputType, object input, string fields, string? expectedError = null)
    {
        var payload = (await Office.PostQueryAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ {fields} errors {{ code message }} }} }}", new { i = input }))
            .AssertNoErrors().Data[mutation]!;
        if (expectedError is null) Assert.True(!payload["errors"]!.Any(), payload["errors"]!.ToString());
        else Assert.Equal(expectedError, (string?)payload["errors"]![0]!["code"]);
        return payload;
    }

    /// <summary>A department set up this year, with nothing on record yet: the fixture's department without data.</summary>
    private async Task AddNewDepartmentAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        if (await db.Departments.AnyAsync(d => d.Code == "XJJ")) return;
        db.Departments.Add(new Department { Code = "XJJ", Name = "市新建局", NameEn = "New Bureau", Kind = DepartmentKind.Bureau });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_run_computes_the_indicators_leaves_a_department_without_data_unscored_and_keeps_the_offices_scores()
    {
        await AddNewDepartmentAsync();
        var first = (await CallAsync("runAssessment", "AssessmentYearInput", new { year = 2026 }, $"assessmentYear {{ {Year} }}"))["assessmentYear"]!;
        Assert.Equal(2026, (int)first["year"]!);
        var assessments = first["assessments"]!["nodes"]!.ToList();
        Assert.NotEmpty(assessments);

        // A department with no projects, systems or requests has nothing measured: no score, no rank, never the target.
        var empty = assessments.Where(a => (int)a["department"]!["projects"]!["totalCount"]! == 0
                                           && a["indicators"]!["nodes"]!.All(i => i["actual"]!.Type == JTokenType.Null)).ToList();
        Assert.Contains(empty, a => (string?)a["department"]!["code"] == "XJJ");
        Assert.All(empty, a =>
        {
            Assert.Equal(JTokenType.Null, a["score"]!.Type);
            Assert.Equal(JTokenType.Null, a["rank"]!.Type);
            Assert.Equal(JTokenType.Null, a["grade"]!.Type);
        });
        Assert.True((int)first["unscored"]! >= empty.Count);

        // A computed indicator names what it counted: on-time delivery counts the projects completed in 2026.
        var gaj = assessments.Single(a => (string?)a["department"]!["code"] == "GAJ");
        var onTime = gaj["indicators"]!["nodes"]!.Single(i => (string?)i["indicator"] == "ON_TIME_DELIVERY_RATE");
        var completed = (await Office.PostQueryAsync("{ department(code: \"GAJ\") { projects(first: 100) { nodes { code completedOn } } } }"))
            .AssertNoErrors().Data["department"]!["projects"]!["nodes"]!
            .Where(p => ((string?)p["completedOn"])?.StartsWith("2026", StringComparison.Ordinal) == true).Select(p => (string)p["code"]!).Order().ToList();
        Assert.Equal(completed, onTime["inputs"]!.Select(c => (string)c!).ToList());
        Assert.Equal(completed.Count == 0, onTime["actual"]!.Type == JTokenType.Null);

        // The office scores staff training; a second run keeps that score and gives the same results.
        var training = gaj["indicators"]!["nodes"]!.Single(i => (string?)i["indicator"] == "STAFF_TRAINING");
        Assert.False((bool)training["isComputed"]!);
        await CallAsync("scoreIndicator", "ScoreIndicatorInput", new { indicatorId = (string)training["id"]!, actual = 0.6m }, "indicatorResult { score }");
        await CallAsync("scoreIndicator", "ScoreIndicatorInput", new { indicatorId = (string)onTime["id"]!, actual = 0.6m }, "indicatorResult { score }", "INVALID_TRANSITION");
        var second = (await CallAsync("runAssessment", "AssessmentYearInput", new { year = 2026 }, $"assessmentYear {{ {Year} }}"))["assessmentYear"]!;
        var gajAgain = second["assessments"]!["nodes"]!.Single(a => (string?)a["department"]!["code"] == "GAJ");
        Assert.Equal(0.6m, (decimal)gajAgain["indicators"]!["nodes"]!.Single(i => (string?)i["indicator"] == "STAFF_TRAINING")["actual"]!);
        var third = (await CallAsync("runAssessment", "AssessmentYearInput", new { year = 2026 }, $"assessmentYear {{ {Year} }}"))["assessmentYear"]!;
        Assert.Equal(
            second["assessments"]!["nodes"]!.Select(a => $"{a["department"]!["code"]}:{a["score"]}:{a["rank"]}"),
            third["assessments"]!["nodes"]!.Select(a => $"{a["department"]!["code"]}:{a["score"]}:{a["rank"]}"));

        // Published results are final, and readable by government users.
        await CallAsync("publishAssessments", "AssessmentYearInput", new { year = 2026 }, "assessmentYear { year }");
        await CallAsync("runAssessment", "AssessmentYearInput", new { year = 2026 }, "assessmentYear { year }", "INVALID_TRANSITION");
        var read = (await host.ClientAs("JYJ", Roles.Staff).PostQueryAsync("{ assessments(year: 2026, first: 100) { nodes { score department { code } } } }")).AssertNoErrors();
        Assert.Contains(read.Data["assessments"]!["nodes"]!, a => (string?)a["department"]!["code"] == "GAJ" && a["score"]!.Type != JTokenType.Null);
    }
}
