using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Common;

/// <summary>What must be unique is refused the same way everywhere: a coded error on the field that
/// collides, in the payload, with nothing written.</summary>
public sealed class UniquenessTests(UniquenessTests.Host host) : IClassFixture<UniquenessTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private static (string? Code, string? Field) FirstError(GraphQLResponse response, string mutation)
    {
        var errors = response.AssertNoErrors().Data[mutation]!["errors"]!;
        return errors.Any() ? ((string?)errors[0]!["code"], (string?)errors[0]!["field"]) : (null, null);
    }

    [Fact]
    public async Task A_catalog_code_a_plan_year_and_a_trusted_document_are_each_registered_once()
    {
        var steward = host.ClientAs("MZJ", Roles.DataSteward);
        const string register = "mutation($i: RegisterDataResourceInput!) { registerDataResource(input: $i) { dataResource { id } errors { code field } } }";
        object Entry(string code) => new
        {
            code,
            name = "唯一性测试",
            summary = "Uniqueness",
            classification = "THEMATIC",
            format = "CSV",
            updateCycle = "MONTHLY",
            delivery = "API",
            sharingType = "UNCONDITIONAL",
            openType = "OPEN",
            items = new[] { new { name = "名称", dataType = "string" } },
        };
        Assert.Equal((null, null), FirstError(await steward.PostQueryAsync(register, new { i = Entry("ZY-MZJ-UNIQ") }), "registerDataResource"));
        Assert.Equal(("VALIDATION", "code"), FirstError(await steward.PostQueryAsync(register, new { i = Entry("ZY-MZJ-UNIQ") }), "registerDataResource"));

        var manager = host.ClientAs("GAJ", Roles.InformationManager);
        const string draft = "mutation($i: DraftPlanInput!) { draftPlan(input: $i) { plan { id } errors { code field } } }";
        var plan = new { i = new { departmentCode = "GAJ", kind = "ANNUAL", startYear = 2034, title = "唯一性", objectives = "Once.", budgetEnvelope = new { amount = 1000 } } };
        Assert.Equal((null, null), FirstError(await manager.PostQueryAsync(draft, plan), "draftPlan"));
        Assert.Equal(("CONFLICT", "startYear"), FirstError(await manager.PostQueryAsync(draft, plan), "draftPlan"));

        var admin = host.ClientAs(null, Roles.Admin);
        const string trust = "mutation($i: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $i) { trustedDocument { id } errors { code field } } }";
        var document = new { i = new { name = "Once", ownerApp = "portal", document = "query Once { departments(first: 1) { totalCount } }" } };
        Assert.Equal((null, null), FirstError(await admin.PostQueryAsync(trust, document), "registerTrustedDocument"));
        Assert.Equal(("CONFLICT", "document"), FirstError(await admin.PostQueryAsync(trust, document), "registerTrustedDocument"));

        var plans = (await host.OfficeClient().PostQueryAsync("{ plans(first: 100) { nodes { startYear department { code } } } }")).AssertNoErrors()
            .Data["plans"]!["nodes"]!.Count(p => (int)p["startYear"]! == 2034 && (string?)p["department"]!["code"] == "GAJ");
        Assert.Equal(1, plans);
    }
}
