using System.Net;
using System.Text;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Engine.Security;

/// <summary>Requests found to answer wrongly from outside: each is refused with a coded error, never a 500,
/// and never served as if nothing were wrong.</summary>
public sealed class OutsideDefectTests(OutsideDefectTests.Host host) : IClassFixture<OutsideDefectTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private static StringContent Json(object body) => new(Newtonsoft.Json.JsonConvert.SerializeObject(body), Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_document_nested_past_the_parser_limit_is_a_coded_400()
    {
        var deep = new StringBuilder("{ departments { nodes { ");
        for (var i = 0; i < 100; i++) deep.Append("children { nodes { ");
        deep.Append("code").Append(string.Concat(Enumerable.Repeat(" } }", 101))).Append(" }");
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");
        var response = await client.PostAsync("/graphql", Json(new { query = deep.ToString() }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("QUERY_TOO_DEEP", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.DoesNotContain("children", (string?)body["errors"]![0]!["message"]);
    }

    private static string TooDeep(string operation = "")
    {
        var deep = new StringBuilder(operation + "{ departments { nodes { ");
        for (var i = 0; i < 100; i++) deep.Append("children { nodes { ");
        return deep.Append("code").Append(string.Concat(Enumerable.Repeat(" } }", 101))).Append(" }").ToString();
    }

    [Fact]
    public async Task A_document_nested_past_the_parser_limit_is_an_error_for_that_operation_alone_over_a_WebSocket()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(host);
        await socket.InitAsync(host.Token(new TokenRequest([Roles.CommitteeOffice], "XXB")));
        await socket.SubscribeAsync("kept", "subscription { events(kinds: [PROJECT_STATUS_CHANGED]) { eventId } }");

        await socket.SendAsync(new { id = "deep", type = "subscribe", payload = new { query = TooDeep("subscription ") } });
        var refused = await socket.ReceiveAsync();
        Assert.Equal("error", (string?)refused["type"]);
        Assert.Equal("deep", (string?)refused["id"]);
        Assert.Equal("QUERY_TOO_DEEP", (string?)refused["payload"]![0]!["extensions"]!["code"]);

        // The socket and its other subscription live on.
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string?)(await socket.ReceiveAsync())["type"]);
        await socket.SendAsync(new { id = "after", type = "subscribe", payload = new { query = "{ __typename }" } });
        Assert.Equal("next", (string?)(await socket.ReceiveAsync())["type"]);
        Assert.Equal("complete", (string?)(await socket.ReceiveAsync())["type"]);
        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.Socket.State);
    }

    [Fact]
    public async Task A_document_nested_past_the_parser_limit_is_an_error_event_over_server_sent_events()
    {
        using var stream = await EventStreamReader.OpenAsync(host.CreateClient(), TooDeep("subscription "));
        var (name, data) = await stream.NextAsync();
        Assert.Equal("next", name);
        Assert.Equal("QUERY_TOO_DEEP", (string?)data!["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("complete", (await stream.NextAsync()).Event);
    }

    [Fact]
    public async Task A_bulletin_month_outside_the_calendar_is_a_400()
    {
        var response = await host.ClientAs("XXB", Roles.CommitteeOffice).GetAsync("/bulletins/9999-12");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("INVALID_ARGUMENT", await response.Content.ReadAsStringAsync());
        var query = await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync("{ bulletin(month: \"9999-12-01\") { month } }");
        Assert.Equal(["INVALID_ARGUMENT"], query.ErrorCodes);
    }

    [Theory]
    [InlineData("/export/projects.csv")]
    [InlineData("/export/catalog.ttl")]
    [InlineData("/export/catalog.jsonld")]
    [InlineData("/bulletins/2026-10")]
    public async Task A_bad_token_is_refused_on_every_endpoint(string path)
    {
        var unsigned = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"alg\":\"none\",\"typ\":\"JWT\"}")).TrimEnd('=') + "."
                       + Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"roles\":[\"Gov.CommitteeOffice\"]}")).TrimEnd('=') + ".";
        var expired = host.Token(new TokenRequest([Roles.CommitteeOffice], "XXB") { NotBefore = InfoGovApiFactory.Now.AddHours(-3), Expires = InfoGovApiFactory.Now.AddHours(-1) });
        foreach (var token in new[] { "garbage", unsigned, expired, new string('a', 9000) })
        {
            var client = host.CreateClient();
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("AUTH_NOT_AUTHENTICATED", await response.Content.ReadAsStringAsync());
        }
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync(path.StartsWith("/export") ? path : "/export/catalog.ttl")).StatusCode);
    }

    [Theory]
    [InlineData("http://localhost./hook")]
    [InlineData("http://LOCALHOST/hook")]
    [InlineData("http://127.0.0.1./hook")]
    [InlineData("http://api.localhost./hook")]
    public async Task A_webhook_to_a_loopback_name_is_refused_at_registration(string url)
    {
        var payload = (await host.ClientAs(null, Roles.Admin).PostQueryAsync(
            "mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { errors { code field } } }",
            new { i = new { url, events = new[] { "PROJECT_STATUS_CHANGED" }, ownerApp = "dashboard" } })).AssertNoErrors().Data["registerWebhook"]!;
        Assert.Equal(("VALIDATION", "url"), ((string?)payload["errors"]![0]!["code"], (string?)payload["errors"]![0]!["field"]));
    }

    [Fact]
    public async Task Html_documents_forbid_scripts_and_sniffing_and_no_response_names_the_server()
    {
        var bulletin = await host.ClientAs("XXB", Roles.CommitteeOffice).GetAsync("/bulletins/2026-10");
        Assert.Equal(HttpStatusCode.OK, bulletin.StatusCode);
        Assert.Contains("default-src 'none'", bulletin.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", bulletin.Headers.GetValues("X-Content-Type-Options").Single());
        foreach (var path in new[] { "/graphql?query={__typename}", "/health/live", "/export/catalog.ttl" })
        {
            var response = await host.CreateClient().GetAsync(path);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.False(response.Headers.Contains("Server"));
        }
    }

    [Fact]
    public async Task Only_an_approved_project_that_has_not_spent_goes_on_the_reserve_list()
    {
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var accepted = (await office.PostQueryAsync("{ projects(first: 1, filter: { statuses: [ACCEPTED] }) { nodes { id version } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]![0]!;
        var refused = (await office.PostQueryAsync("mutation($i: ProjectVersionInput!) { placeProjectOnReserve(input: $i) { errors { code } } }",
            new { i = new { id = (string)accepted["id"]!, version = (int)accepted["version"]! } })).AssertNoErrors().Data["placeProjectOnReserve"]!;
        Assert.Equal("INVALID_TRANSITION", (string?)refused["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task Payments_stay_within_what_the_fund_allocated_and_the_refusal_says_by_how_much()
    {
        var finance = host.ClientAs("CZJ", Roles.Finance);
        var reserve = (await finance.PostQueryAsync("{ projects(first: 1, filter: { fundingCategory: RESERVE, statuses: [APPROVED] }) { nodes { id } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]![0]!;
        const string record = "mutation($i: RecordExpenditureInput!) { recordExpenditure(input: $i) { expenditure { id } errors { code field message } } }";
        var payment = new { projectId = (string)reserve["id"]!, spentOn = "2026-11-10", amount = new { amount = 450000 }, payee = "某科技有限公司", category = "SOFTWARE", isAdvance = false };
        var refused = (await finance.PostQueryAsync(record, new { i = payment })).AssertNoErrors().Data["recordExpenditure"]!;
        Assert.Equal(("FUNDS_NOT_ALLOCATED", "amount.amount"), ((string?)refused["errors"]![0]!["code"], (string?)refused["errors"]![0]!["field"]));
        Assert.Contains("450000.00 CNY more than it allocated (0.00 CNY)", ((string?)refused["errors"]![0]!["message"])!.Replace(",", ""));
    }

    [Fact]
    public async Task An_apollo_persisted_query_manifest_registers_the_text_apollo_hashes()
    {
        // Apollo Client sends the document as it printed it, __typename added: that body is what is hashed.
        const string body = "query Portal {\n  projects(first: 1) {\n    nodes {\n      code\n      __typename\n    }\n    __typename\n  }\n}";
        var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        object Manifest(string operationId) => new
        {
            format = "apollo-persisted-query-manifest",
            version = 1,
            operations = new[] { new { id = operationId, name = "Portal", type = "query", body } },
        };
        var admin = host.ClientAs(null, Roles.Admin);
        const string register = "mutation($i: RegisterTrustedDocumentManifestInput!) { registerTrustedDocumentManifest(input: $i) { trustedDocumentManifest { registered { totalCount nodes { hash name } } alreadyRegistered } errors { code field message } } }";
        var wrong = (await admin.PostQueryAsync(register, new { i = new { ownerApp = "portal", manifest = Newtonsoft.Json.JsonConvert.SerializeObject(Manifest(new string('0', 64))) } }))
            .AssertNoErrors().Data["registerTrustedDocumentManifest"]!;
        Assert.Equal(("VALIDATION", "manifest"), ((string?)wrong["errors"]![0]!["code"], (string?)wrong["errors"]![0]!["field"]));
        Assert.Contains("Portal", (string?)wrong["errors"]![0]!["message"]);
        var done = (await admin.PostQueryAsync(register, new { i = new { ownerApp = "portal", manifest = Newtonsoft.Json.JsonConvert.SerializeObject(Manifest(id)) } }))
            .AssertNoErrors().Data["registerTrustedDocumentManifest"]!["trustedDocumentManifest"]!;
        Assert.Equal((id, "Portal"), ((string)done["registered"]!["nodes"]![0]!["hash"]!, (string)done["registered"]!["nodes"]![0]!["name"]!));
        var again = (await admin.PostQueryAsync(register, new { i = new { ownerApp = "portal", manifest = Newtonsoft.Json.JsonConvert.SerializeObject(Manifest(id)) } }))
            .AssertNoErrors().Data["registerTrustedDocumentManifest"]!["trustedDocumentManifest"]!;
        Assert.Equal((0, 1), ((int)again["registered"]!["totalCount"]!, (int)again["alreadyRegistered"]!));

        // The hash alone now runs the document, as Apollo's persisted-query link sends it.
        var response = await host.CreateClient().PostAsync("/graphql", Json(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = id } } }));
        var result = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Null(result["errors"]);
        Assert.Equal("ProjectConnection", (string?)result["data"]!["projects"]!["__typename"]);
    }
}
