using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.DataSharing;

/// <summary>Requests for conditional data, answered by the provider (or the office once escalated), through the API.</summary>
public sealed class SharingRequestMutationTests(SharingRequestMutationTests.Host host) : IClassFixture<SharingRequestMutationTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private const string Submit = "mutation($i: SubmitSharingRequestInput!) { submitSharingRequest(input: $i) { sharingRequest { id version number status answerDueOn } errors { code field message } } }";
    private const string Decide = "mutation($i: DecideSharingRequestInput!) { decideSharingRequest(input: $i) { sharingRequest { status refusalReason grant { validUntil items { nodes { name } } } } errors { code field } } }";

    private static JToken Payload(GraphQLResponse response, string field) => response.AssertNoErrors().Data[field]!;

    private async Task<(string Code, string Provider, List<string> Items)> Resource(string sharingType)
    {
        var resource = (await host.OfficeClient().PostQueryAsync("query($t: SharingType!) { dataResources(first: 1, filter: { sharingTypes: [$t] }) { nodes { code provider { code } items { nodes { id } } } } }",
            new { t = sharingType })).AssertNoErrors().Data["dataResources"]!["nodes"]![0]!;
        return ((string)resource["code"]!, (string)resource["provider"]!["code"]!, resource["items"]!["nodes"]!.Select(i => (string)i["id"]!).ToList());
    }

    private static object Request(string code, IEnumerable<string> items) => new
    {
        resourceCode = code,
        purpose = "Verify applicants",
        legalBasis = "Regulation, article 12",
        itemIds = items,
        periodFrom = "2026-12-01",
        periodUntil = "2027-11-30",
    };

    private static string Requester(string provider) => provider == "MZJ" ? "JYJ" : "MZJ";

    [Fact]
    public async Task A_request_is_due_in_ten_working_days_and_the_provider_grants_fewer_items()
    {
        var (code, provider, items) = await Resource("CONDITIONAL");
        var steward = host.ClientAs(Requester(provider), Roles.DataSteward);
        var submitPayload = Payload(await steward.PostQueryAsync(Submit, new { i = Request(code, items) }), "submitSharingRequest");
        Assert.True(!submitPayload["errors"]!.Any(), submitPayload.ToString());
        var submitted = submitPayload["sharingRequest"]!;
        Assert.Equal(("PENDING", "2026-12-04"), ((string?)submitted["status"], (string?)submitted["answerDueOn"])); // Friday 20 Nov + 10 working days

        var outsider = Payload(await host.ClientAs("XSZ", Roles.DataSteward).PostQueryAsync(Decide,
            new { i = new { requestId = (string)submitted["id"]!, version = 1, approve = true } }), "decideSharingRequest");
        Assert.Equal("NOT_PERMITTED", (string?)outsider["errors"]![0]!["code"]);
        var office = Payload(await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(Decide,
            new { i = new { requestId = (string)submitted["id"]!, version = 1, approve = true } }), "decideSharingRequest");
        Assert.Equal("NOT_PERMITTED", (string?)office["errors"]![0]!["code"]);

        var approved = Payload(await host.ClientAs(provider, Roles.DataSteward).PostQueryAsync(Decide,
            new { i = new { requestId = (string)submitted["id"]!, version = 1, approve = true, itemIds = items.Take(1), validUntil = "2027-05-31" } }), "decideSharingRequest");
        Assert.Equal("APPROVED", (string?)approved["sharingRequest"]!["status"]);
        Assert.Single(approved["sharingRequest"]!["grant"]!["items"]!["nodes"]!);
        Assert.Equal("2027-05-31", (string?)approved["sharingRequest"]!["grant"]!["validUntil"]);
    }

    [Fact]
    public async Task A_refusal_needs_a_reason()
    {
        var (code, provider, items) = await Resource("CONDITIONAL");
        var submitted = Payload(await host.ClientAs(Requester(provider), Roles.InformationManager).PostQueryAsync(Submit, new { i = Request(code, items) }), "submitSharingRequest")["sharingRequest"]!;
        var leader = host.ClientAs(provider, Roles.DepartmentLeader);
        var noReason = Payload(await leader.PostQueryAsync(Decide, new { i = new { requestId = (string)submitted["id"]!, version = 1, approve = false } }), "decideSharingRequest");
        Assert.Equal(("VALIDATION", "reason"), ((string?)noReason["errors"]![0]!["code"], (string?)noReason["errors"]![0]!["field"]));
        var refused = Payload(await leader.PostQueryAsync(Decide, new { i = new { requestId = (string)submitted["id"]!, version = 1, approve = false, reason = "Not needed for the purpose" } }), "decideSharingRequest");
        Assert.Equal("REFUSED", (string?)refused["sharingRequest"]!["status"]);
    }

    [Theory]
    [InlineData("UNCONDITIONAL", "VALIDATION")]
    [InlineData("NOT_SHARED", "NOT_PERMITTED")]
    public async Task Only_conditional_entries_are_requested(string sharingType, string code)
    {
        var (resource, provider, items) = await Resource(sharingType);
        var payload = Payload(await host.ClientAs(Requester(provider), Roles.DataSteward).PostQueryAsync(Submit, new { i = Request(resource, items) }), "submitSharingRequest");
        Assert.Equal((code, "resourceCode"), ((string?)payload["errors"]![0]!["code"], (string?)payload["errors"]![0]!["field"]));
    }

    [Fact]
    public async Task The_office_decides_escalated_requests()
    {
        var escalated = (await host.OfficeClient().PostQueryAsync("{ sharingRequests(first: 1, filter: { statuses: [ESCALATED] }) { nodes { id version } } }"))
            .AssertNoErrors().Data["sharingRequests"]!["nodes"]![0]!;
        var decided = Payload(await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(Decide,
            new { i = new { requestId = (string)escalated["id"]!, version = (int)escalated["version"]!, approve = false, reason = "No legal basis shown" } }), "decideSharingRequest");
        Assert.Equal("REFUSED", (string?)decided["sharingRequest"]!["status"]);

        var pending = (await host.OfficeClient().PostQueryAsync("{ sharingRequests(first: 1, filter: { statuses: [PENDING] }) { nodes { id version } } }"))
            .AssertNoErrors().Data["sharingRequests"]!["nodes"]![0]!;
        var early = Payload(await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(
            "mutation($i: SharingRequestVersionInput!) { escalateSharingRequest(input: $i) { errors { code } } }",
            new { i = new { requestId = (string)pending["id"]!, version = (int)pending["version"]! } }), "escalateSharingRequest");
        Assert.Equal("INVALID_TRANSITION", (string?)early["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task An_item_the_provider_keeps_to_itself_cannot_be_requested()
    {
        var provider = host.ClientAs("SCJG", Roles.DataSteward);
        const string register = "mutation($i: RegisterDataResourceInput!) { registerDataResource(input: $i) { dataResource { id version items { nodes { id name isShared } } } errors { code field } } }";
        var entry = Payload(await provider.PostQueryAsync(register, new
        {
            i = new
            {
                code = "ZY-SCJG-KEEP",
                name = "企业年报信息",
                summary = "Annual reports of enterprises",
                classification = "BASIC_LEGAL_PERSONS",
                format = "JSON",
                updateCycle = "MONTHLY",
                delivery = "API",
                sharingType = "CONDITIONAL",
                openType = "NOT_OPEN",
                sharingConditions = "For supervision only",
                items = new[] { new { name = "统一社会信用代码", dataType = "string", isShared = (bool?)true }, new { name = "内部评分", dataType = "decimal", isShared = (bool?)false } },
            }
        }), "registerDataResource")["dataResource"]!;
        Payload(await provider.PostQueryAsync("mutation($i: DataResourceVersionInput!) { publishDataResource(input: $i) { errors { code } } }",
            new { i = new { id = (string)entry["id"]!, version = (int)entry["version"]! } }), "publishDataResource");
        var kept = entry["items"]!["nodes"]!.Single(i => !(bool)i["isShared"]!);

        var requester = host.ClientAs("MZJ", Roles.DataSteward);
        var refused = Payload(await requester.PostQueryAsync(Submit, new { i = Request("ZY-SCJG-KEEP", entry["items"]!["nodes"]!.Select(i => (string)i["id"]!)) }), "submitSharingRequest");
        Assert.Equal(("VALIDATION", "itemIds"), ((string?)refused["errors"]![0]!["code"], (string?)refused["errors"]![0]!["field"]));
        Assert.Contains((string)kept["name"]!, (string?)refused["errors"]![0]!["message"]);
        var shared = Payload(await requester.PostQueryAsync(Submit, new { i = Request("ZY-SCJG-KEEP", entry["items"]!["nodes"]!.Where(i => (bool)i["isShared"]!).Select(i => (string)i["id"]!)) }), "submitSharingRequest");
        Assert.Empty(shared["errors"]!);
    }

    [Fact]
    public async Task Once_escalated_the_office_decides_and_the_provider_no_longer_can()
    {
        var request = (await host.OfficeClient().PostQueryAsync("{ sharingRequests(first: 1, filter: { statuses: [ESCALATED] }) { nodes { id version resource { provider { code } } } } }"))
            .AssertNoErrors().Data["sharingRequests"]!["nodes"]![0]!;
        var decision = new { i = new { requestId = (string)request["id"]!, version = (int)request["version"]!, approve = false, reason = "Not needed for the stated purpose" } };
        var provider = Payload(await host.ClientAs((string)request["resource"]!["provider"]!["code"]!, Roles.DataSteward).PostQueryAsync(
            "mutation($i: DecideSharingRequestInput!) { decideSharingRequest(input: $i) { errors { code message } } }", decision), "decideSharingRequest");
        Assert.Equal("NOT_PERMITTED", (string?)provider["errors"]![0]!["code"]);
        Assert.Contains("escalated", (string?)provider["errors"]![0]!["message"]);
        var office = Payload(await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(Decide, decision), "decideSharingRequest");
        Assert.Equal("REFUSED", (string?)office["sharingRequest"]!["status"]);
    }

    [Fact]
    public async Task The_provider_revokes_and_renews_grants_one_by_one()
    {
        var grants = (await host.OfficeClient().PostQueryAsync("{ sharingRequests(first: 100, filter: { statuses: [APPROVED] }) { nodes { resource { provider { code } } grant { id version validUntil revokedAt } } } }"))
            .AssertNoErrors().Data["sharingRequests"]!["nodes"]!.Where(n => n["grant"]!["revokedAt"]!.Type == JTokenType.Null).ToList();
        var provider = (string)grants[0]["resource"]!["provider"]!["code"]!;
        var (first, second) = (grants[0]["grant"]!, grants.Skip(1).First(n => (string)n["resource"]!["provider"]!["code"]! == provider)["grant"]!);
        const string revoke = "mutation($i: RevokeSharingGrantInput!) { revokeSharingGrant(input: $i) { sharingGrant { version revokedAt isActive } errors { code field } } }";
        const string renew = "mutation($i: RenewSharingGrantInput!) { renewSharingGrant(input: $i) { sharingGrant { version validUntil isActive } errors { code field } } }";

        var outsider = Payload(await host.ClientAs(provider == "MZJ" ? "JYJ" : "MZJ", Roles.DataSteward).PostQueryAsync(revoke,
            new { i = new { grantId = (string)first["id"]!, version = (int)first["version"]!, reason = "x" } }), "revokeSharingGrant");
        Assert.Equal("NOT_PERMITTED", (string?)outsider["errors"]![0]!["code"]);

        var steward = host.ClientAs(provider, Roles.DataSteward);
        var revoked = Payload(await steward.PostQueryAsync(revoke, new { i = new { grantId = (string)first["id"]!, version = (int)first["version"]!, reason = "Purpose fulfilled" } }), "revokeSharingGrant");
        Assert.Empty(revoked["errors"]!);
        Assert.False((bool)revoked["sharingGrant"]!["isActive"]!);
        var renewRevoked = Payload(await steward.PostQueryAsync(renew, new { i = new { grantId = (string)first["id"]!, version = (int)revoked["sharingGrant"]!["version"]!, validUntil = "2030-12-31" } }), "renewSharingGrant");
        Assert.Equal("INVALID_TRANSITION", (string?)renewRevoked["errors"]![0]!["code"]);

        // The other grant of the same provider is untouched, and is extended.
        var renewed = Payload(await steward.PostQueryAsync(renew, new { i = new { grantId = (string)second["id"]!, version = (int)second["version"]!, validUntil = "2030-12-31" } }), "renewSharingGrant");
        Assert.Empty(renewed["errors"]!);
        Assert.Equal(("2030-12-31", true), ((string?)renewed["sharingGrant"]!["validUntil"], (bool)renewed["sharingGrant"]!["isActive"]!));
    }
}
