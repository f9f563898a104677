using System.Net;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Projects;

/// <summary>The monthly bulletin, as a query and as the printable document, for the demo data's October.</summary>
[Collection(ApiCollection.Name)]
public sealed class BulletinTests(InfoGovApiFactory factory)
{
    private const string Lists = "started { nodes { code } } finished { nodes { code } } behindSchedule { nodes { code } } overBudget { nodes { code } } reportsMissing { nodes { code } } stale { nodes { code } }";

    [Fact]
    public async Task The_document_lists_the_projects_of_the_query_and_the_fund_section_only_for_fund_managers()
    {
        var office = factory.ClientAs("XXB", Roles.CommitteeOffice);
        var bulletin = (await office.PostQueryAsync($"{{ bulletin(month: \"2026-10-15\") {{ month {Lists} }} }}")).AssertNoErrors().Data["bulletin"]!;
        Assert.Equal("2026-10-01", (string?)bulletin["month"]);
        var stale = bulletin["stale"]!["nodes"]!.Select(n => (string)n["code"]!).ToList();
        Assert.All(stale, code => Assert.Contains(bulletin["reportsMissing"]!["nodes"]!, n => (string?)n["code"] == code));
        var listed = new[] { "started", "finished", "behindSchedule", "overBudget", "reportsMissing" }
            .SelectMany(list => bulletin[list]!["nodes"]!.Select(n => (string)n["code"]!)).Distinct().ToList();
        Assert.NotEmpty(listed);

        using var response = await office.GetAsync("/bulletins/2026-10");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("信息化项目月度通报（2026年10月）", html);
        Assert.All(listed, code => Assert.Contains($"<td>{code}</td>", html));
        Assert.Equal(stale.Count, html.Split("连续两个月以上未报送").Length - 1);
        Assert.Contains("十一、未办结的数据需求", html);
        Assert.Contains("十二、专项资金使用", html);

        var staff = await (await factory.ClientAs("GAJ", Roles.Staff).GetAsync("/bulletins/2026-10")).Content.ReadAsStringAsync();
        Assert.Contains("一、本月开工项目", staff);
        Assert.DoesNotContain("专项资金", staff);
    }

    [Fact]
    public async Task The_document_is_for_government_users_and_a_month_must_be_a_month()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/bulletins/2026-10")).StatusCode);
        var dashboard = factory.CreateClient();
        dashboard.DefaultRequestHeaders.Authorization = new("Bearer", factory.Token(new InfoGov.Api.Engine.Authentication.TokenRequest([Roles.Dashboard], null, true)));
        Assert.Equal(HttpStatusCode.Forbidden, (await dashboard.GetAsync("/bulletins/2026-10")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.ClientAs("XXB", Roles.CommitteeOffice).GetAsync("/bulletins/2026-13")).StatusCode);
    }
}
