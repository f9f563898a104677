using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.DataSharing;

/// <summary>A department's data steward keeps its catalog: register, publish, edit, retire.</summary>
public sealed class CatalogMutationTests(CatalogMutationTests.Host host) : IClassFixture<CatalogMutationTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private const string Register = "mutation($i: RegisterDataResourceInput!) { registerDataResource(input: $i) { dataResource { id version code status } errors { code field } } }";

    private static JToken Payload(GraphQLResponse response, string field) => response.AssertNoErrors().Data[field]!;

    private static object Entry(string code, string sharingType, string? conditions = null, string? legalBasis = null, string? openType = null) => new
    {
        code,
        name = "社会组织登记信息",
        summary = "Registered social organisations",
        classification = "BASIC_LEGAL_PERSONS",
        format = "JSON",
        updateCycle = "MONTHLY",
        delivery = "API",
        sharingType,
        openType = openType ?? (sharingType == "NOT_SHARED" ? "NOT_OPEN" : "OPEN"),
        sharingConditions = conditions,
        legalBasisForNotSharing = legalBasis,
        items = new[] { new { name = "统一社会信用代码", dataType = "string", isShared = (bool?)true }, new { name = "负责人", dataType = "string", isShared = (bool?)false } },
    };

    [Theory]
    [InlineData("CONDITIONAL", "sharingConditions")]
    [InlineData("NOT_SHARED", "legalBasisForNotSharing")]
    public async Task Conditional_entries_state_conditions_and_unshared_ones_a_legal_basis(string sharingType, string field)
    {
        var steward = host.ClientAs("MZJ", Roles.DataSteward);
        var refused = Payload(await steward.PostQueryAsync(Register, new { i = Entry($"ZY-MZJ-T{field.Length}", sharingType) }), "registerDataResource");
        Assert.Equal(("VALIDATION", field), ((string?)refused["errors"]![0]!["code"], (string?)refused["errors"]![0]!["field"]));
        var accepted = Payload(await steward.PostQueryAsync(Register, new { i = Entry($"ZY-MZJ-T{field.Length}", sharingType, "For services only", "PIPL art. 34") }), "registerDataResource");
        Assert.Equal("DRAFT", (string?)accepted["dataResource"]!["status"]);
    }

    [Fact]
    public async Task An_entry_not_shared_with_departments_is_not_open_to_the_public()
    {
        var steward = host.ClientAs("MZJ", Roles.DataSteward);
        var refused = Payload(await steward.PostQueryAsync(Register, new { i = Entry("ZY-MZJ-OPEN", "NOT_SHARED", legalBasis: "PIPL art. 34", openType: "OPEN") }), "registerDataResource");
        Assert.Equal(("VALIDATION", "openType"), ((string?)refused["errors"]![0]!["code"], (string?)refused["errors"]![0]!["field"]));
    }

    [Fact]
    public async Task A_draft_is_the_providers_until_published()
    {
        var steward = host.ClientAs("MZJ", Roles.DataSteward);
        var draft = Payload(await steward.PostQueryAsync(Register, new { i = Entry("ZY-MZJ-NEW", "UNCONDITIONAL") }), "registerDataResource")["dataResource"]!;
        const string find = "{ dataResource(code: \"ZY-MZJ-NEW\") { code status } }";
        Assert.Equal(JTokenType.Null, (await host.ClientAs("JYJ", Roles.Staff).PostQueryAsync(find)).AssertNoErrors().Data["dataResource"]!.Type);
        Assert.Equal("DRAFT", (string?)(await steward.PostQueryAsync(find)).AssertNoErrors().Data["dataResource"]!["status"]);

        const string publish = "mutation($i: DataResourceVersionInput!) { publishDataResource(input: $i) { dataResource { status version } errors { code } } }";
        var foreign = Payload(await host.ClientAs("JYJ", Roles.DataSteward).PostQueryAsync(publish, new { i = new { id = (string)draft["id"]!, version = 1 } }), "publishDataResource");
        Assert.Equal("NOT_PERMITTED", (string?)foreign["errors"]![0]!["code"]);
        Payload(await steward.PostQueryAsync(publish, new { i = new { id = (string)draft["id"]!, version = 1 } }), "publishDataResource");
        Assert.Equal("PUBLISHED", (string?)(await host.CreateClient().PostQueryAsync(find)).AssertNoErrors().Data["dataResource"]!["status"]);
    }

    [Fact]
    public async Task Retiring_an_entry_ends_its_grants()
    {
        var grant = (await host.OfficeClient().PostQueryAsync("""
            { sharingRequests(first: 100, filter: { statuses: [APPROVED] }) { nodes { grant { isActive resource { id version code provider { code } } } } } }
            """)).AssertNoErrors().Data["sharingRequests"]!["nodes"]!.Select(n => n["grant"]!).First(g => (bool)g["isActive"]!);
        var resource = grant["resource"]!;
        var retired = Payload(await host.ClientAs((string)resource["provider"]!["code"]!, Roles.DataSteward).PostQueryAsync(
            "mutation($i: DataResourceVersionInput!) { retireDataResource(input: $i) { dataResource { status grants { nodes { isActive } } } errors { code } } }",
            new { i = new { id = (string)resource["id"]!, version = (int)resource["version"]! } }), "retireDataResource")["dataResource"]!;
        Assert.Equal("RETIRED", (string?)retired["status"]);
        Assert.All(retired["grants"]!["nodes"]!, g => Assert.False((bool)g["isActive"]!));
    }
}
