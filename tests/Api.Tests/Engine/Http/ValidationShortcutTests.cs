using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Engine.Http;

/// <summary>
/// A document that passed the specification's validation rules is not checked by them again, but the
/// rules that depend on the request still run every time: who is calling, and the HTTP method.
/// Each test sends a text no other test sends, so that the shared host has not seen it before.
/// </summary>
[Collection(ApiCollection.Name)]
public class ValidationShortcutTests(InfoGovApiFactory factory)
{
    [Fact]
    public async Task A_document_one_caller_may_run_is_still_refused_to_a_caller_who_may_not()
    {
        var query = $"{{ projects(first: 1) {{ nodes {{ code budgetLines(first: 1) {{ nodes {{ fiscalYear }} }} }} }} }} # {Guid.NewGuid()}";
        var office = factory.ClientAs("XXB", Roles.CommitteeOffice);

        (await office.PostQueryAsync(query)).AssertNoErrors();
        var anonymous = await factory.CreateClient().PostQueryAsync(query);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", anonymous.ErrorCodes);
        Assert.Null(anonymous.Body["data"]);
        var staff = await factory.ClientAs("GAJ", Roles.Staff).PostQueryAsync(query);
        Assert.Contains("AUTH_NOT_AUTHORIZED", staff.ErrorCodes);
        Assert.Null(staff.Body["data"]);
        (await office.PostQueryAsync(query)).AssertNoErrors();
    }

    [Fact]
    public async Task An_invalid_document_is_refused_every_time()
    {
        var query = $"{{ projects(first: 1) {{ nodes {{ code noSuchField }} }} }} # {Guid.NewGuid()}";
        var office = factory.OfficeClient();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var response = await office.PostQueryAsync(query);
            Assert.Equal(400, (int)response.Status);
            Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], response.ErrorCodes);
        }
    }

    [Fact]
    public async Task A_mutation_run_over_POST_is_still_refused_over_GET()
    {
        var mutation = $"mutation {{ cancelProject(input: {{ id: \"bm9wZQ==\", version: 1, reason: \"x\" }}) {{ errors {{ code }} }} }} # {Guid.NewGuid()}";
        var office = factory.OfficeClient();
        Assert.Equal(200, (int)(await office.PostQueryAsync(mutation)).Status);
        var overGet = await office.GetQueryAsync(mutation);
        Assert.Equal(405, (int)overGet.Status);
    }

    [Fact]
    public async Task Variables_are_still_checked_on_every_request()
    {
        var query = $"query($code: String!) {{ project(code: $code) {{ code }} }} # {Guid.NewGuid()}";
        var office = factory.OfficeClient();
        var code = (string)(await office.PostQueryAsync("{ projects(first: 1) { nodes { code } } }")).AssertNoErrors().Data["projects"]!["nodes"]![0]!["code"]!;

        Assert.Equal(code, (string?)(await office.PostQueryAsync(query, new { code })).AssertNoErrors().Data["project"]!["code"]);
        Assert.Equal(["INVALID_VALUE"], (await office.PostQueryAsync(query, new { })).ErrorCodes);
        Assert.Equal(["INVALID_VALUE"], (await office.PostQueryAsync(query, new { code = new { a = 1 } })).ErrorCodes);
        Assert.Equal(code, (string?)(await office.PostQueryAsync(query, new { code })).AssertNoErrors().Data["project"]!["code"]);
    }
}
