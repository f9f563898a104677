using System.Net;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Common;

/// <summary>CSV downloads run their GraphQL query as the caller: the same rows and columns it may read.</summary>
[Collection(ApiCollection.Name)]
public class CsvExportTests(InfoGovApiFactory factory)
{
    private static async Task<(string[] Header, List<string[]> Rows)> Csv(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // a byte-order mark, for spreadsheet programs
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        return (lines[0].Split(','), lines[1..].Select(l => l.Split(',')).ToList());
    }

    [Fact]
    public async Task The_office_downloads_every_project_with_money_and_variances_across_pages()
    {
        var office = factory.OfficeClient();
        var (header, rows) = await Csv(await office.GetAsync("/export/projects.csv"));
        Assert.Contains("budget", header);
        Assert.Contains("cost_variance", header);
        var expected = (await office.PostQueryAsync("{ projects(first: 100, orderBy: CODE_ASC) { totalCount nodes { code } } }")).AssertNoErrors().Data["projects"]!;
        Assert.True((int)expected["totalCount"]! > 100); // more than one page
        Assert.Equal((int)expected["totalCount"]!, rows.Count);
        Assert.Equal(expected["nodes"]!.Select(n => (string)n["code"]!), rows.Take(100).Select(r => r[0]));
    }

    [Fact]
    public async Task The_public_gets_the_public_columns_of_published_projects_and_no_ledger()
    {
        var anonymous = factory.CreateClient();
        var (header, rows) = await Csv(await anonymous.GetAsync("/export/projects.csv"));
        Assert.DoesNotContain("budget", header);
        Assert.Contains("status", header);
        var published = (int)(await anonymous.PostQueryAsync("{ projects { totalCount } }")).AssertNoErrors().Data["projects"]!["totalCount"]!;
        Assert.Equal(published, rows.Count);

        var ledger = await anonymous.GetAsync("/export/fund-ledger.csv");
        Assert.Equal(HttpStatusCode.Unauthorized, ledger.StatusCode);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", await ledger.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/export/nothing.csv")).StatusCode);
    }

    [Fact]
    public async Task Finance_reads_the_fund_ledger_and_government_users_the_sharing_requests()
    {
        var (header, rows) = await Csv(await factory.ClientAs("CZJ", Roles.Finance).GetAsync("/export/fund-ledger.csv"));
        Assert.Equal(["fiscal_year", "cap", "allocated", "spent", "remaining", "allocation_rate", "spend_rate", "currency"], header);
        Assert.Equal(["2026", "2025", "2024"], rows.Select(r => r[0]));

        var staff = factory.ClientAs("GAJ", Roles.Staff);
        var (requestHeader, requests) = await Csv(await staff.GetAsync("/export/sharing-requests.csv"));
        Assert.Equal("answer_due_on", requestHeader[5]);
        var total = (int)(await staff.PostQueryAsync("{ sharingRequests { totalCount } }")).AssertNoErrors().Data["sharingRequests"]!["totalCount"]!;
        Assert.Equal(total, requests.Count);
    }

    [Theory]
    [InlineData("overdue-rectifications", "overdueRectifications", "inspection")]
    [InlineData("escalated-risks", "escalatedRisks", "project")]
    [InlineData("open-action-items", "openActionItems", "meeting")]
    [InlineData("vendors", "vendors", "code")]
    [InlineData("security-findings", "securityFindings(open: true)", "system")]
    [InlineData("training-records", "trainingRecords", "department")]
    public async Task The_office_downloads_the_supervision_and_continuity_lists_in_full_and_the_public_is_refused(string name, string list, string firstColumn)
    {
        var office = factory.OfficeClient();
        var (header, rows) = await Csv(await office.GetAsync($"/export/{name}.csv"));
        Assert.Equal(firstColumn, header[0]);
        var root = list.Split('(')[0];
        var total = (int)(await office.PostQueryAsync($"{{ {list} {{ totalCount }} }}")).AssertNoErrors().Data[root]!["totalCount"]!;
        Assert.True(total > 0, $"the demo data has no {root}");
        Assert.Equal(total, rows.Count);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/export/{name}.csv")).StatusCode);
    }

    [Fact]
    public async Task A_department_downloads_only_the_security_findings_of_its_own_systems()
    {
        var (_, centre) = await Csv(await factory.ClientAs("XXZX", Roles.InformationManager).GetAsync("/export/security-findings.csv"));
        Assert.NotEmpty(centre);
        Assert.All(centre, row => Assert.StartsWith("SYS-00", row[0]));
        var (header, gaj) = await Csv(await factory.ClientAs("GAJ", Roles.InformationManager).GetAsync("/export/security-findings.csv"));
        Assert.Equal("system", header[0]);
        Assert.Empty(gaj);
    }
}
