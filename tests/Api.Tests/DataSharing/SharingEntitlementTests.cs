using System.Net;
using System.Text.Json;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.DataSharing;

/// <summary>
/// An exchange system asks what it may do: the grants its department holds (items, until when, days left), the entries
/// it reads without a grant, and what it may request next; and reads an entry's records described as JSON Schema.
/// </summary>
public sealed class SharingEntitlementTests(SharingEntitlementTests.Host host) : IClassFixture<SharingEntitlementTests.Host>
{
    /// <summary>A host of its own: a request is submitted.</summary>
    public sealed class Host : InfoGovApiFactory;

    private HttpClient ExchangeSystem(string department)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(new TokenRequest([Roles.DataExchange], department, IsApp: true) { Name = $"{department} exchange" }));
        return client;
    }

    [Fact]
    public async Task An_exchange_system_lists_its_grants_what_it_reads_freely_and_what_it_may_request_and_a_request_takes_an_entry_off_that_list()
    {
        // A department holding an active grant (demo data).
        var grantee = (string)(await host.OfficeClient().PostQueryAsync("{ sharingRequests(first: 100, filter: { statuses: [APPROVED] }) { nodes { grant { isActive grantee { code } } } } }"))
            .AssertNoErrors().Data["sharingRequests"]!["nodes"]!.Select(n => n["grant"]!).First(g => (bool)g["isActive"]!)["grantee"]!["code"]!;
        var system = ExchangeSystem(grantee);
        const string Query = """
            { myGrants(first: 100) { totalCount nodes { id validUntil daysRemaining isActive grantee { code } conditions resource { code } items { nodes { name } } } }
              allowedOperations { department { code } readUnderGrant(first: 100) { totalCount nodes { id } }
                readWithoutGrant(first: 100) { nodes { code sharingType status provider { code } } }
                mayRequest(first: 100) { nodes { code sharingType provider { code } items { nodes { id isShared } } } } } }
            """;
        var data = (await system.PostQueryAsync(Query)).AssertNoErrors().Data;
        var grants = data["myGrants"]!["nodes"]!.ToList();
        Assert.NotEmpty(grants);
        Assert.All(grants, g =>
        {
            Assert.Equal(grantee, (string?)g["grantee"]!["code"]);
            Assert.True((bool)g["isActive"]!);
            Assert.NotEmpty(g["items"]!["nodes"]!);
            Assert.Equal(DateOnly.Parse((string)g["validUntil"]!).DayNumber - new DateOnly(2026, 11, 20).DayNumber, (int)g["daysRemaining"]!);
        });
        var allowed = data["allowedOperations"]!;
        Assert.Equal(grantee, (string?)allowed["department"]!["code"]);
        Assert.Equal(grants.Select(g => (string)g["id"]!).Order(), allowed["readUnderGrant"]!["nodes"]!.Select(g => (string)g["id"]!).Order());
        Assert.All(allowed["readWithoutGrant"]!["nodes"]!, r =>
        {
            Assert.Equal(("UNCONDITIONAL", "PUBLISHED"), ((string?)r["sharingType"], (string?)r["status"]));
            Assert.NotEqual(grantee, (string?)r["provider"]!["code"]);
        });
        var requestable = allowed["mayRequest"]!["nodes"]!.ToList();
        Assert.NotEmpty(requestable);
        Assert.All(requestable, r => Assert.Equal("CONDITIONAL", (string?)r["sharingType"]));

        // The department's steward asks for one of them: pending, it leaves the list.
        var asked = requestable[0];
        var submitted = (await host.ClientAs(grantee, Roles.DataSteward).PostQueryAsync(
            "mutation($i: SubmitSharingRequestInput!) { submitSharingRequest(input: $i) { sharingRequest { id } errors { code message } } }",
            new
            {
                i = new
                {
                    resourceCode = (string)asked["code"]!,
                    purpose = "核验",
                    legalBasis = "条例",
                    itemIds = asked["items"]!["nodes"]!.Where(i => (bool)i["isShared"]!).Select(i => (string)i["id"]!),
                    periodFrom = "2026-12-01",
                    periodUntil = "2027-11-30"
                }
            })).AssertNoErrors().Data["submitSharingRequest"]!;
        Assert.Empty(submitted["errors"]!);
        var after = (await system.PostQueryAsync("{ allowedOperations { mayRequest(first: 100) { nodes { code } } } }")).AssertNoErrors().Data["allowedOperations"]!["mayRequest"]!["nodes"]!;
        Assert.DoesNotContain(after, r => (string?)r["code"] == (string?)asked["code"]);
        Assert.Equal(requestable.Count - 1, after.Count());

        // The public asks nothing of it.
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await host.CreateClient().PostQueryAsync("{ allowedOperations { department { code } } }")).ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await host.CreateClient().PostQueryAsync("{ myGrants { totalCount } }")).ErrorCodes);
    }

    [Fact]
    public async Task An_entry_describes_its_records_as_json_schema_in_the_api_and_at_its_schema_address()
    {
        var resource = (await host.OfficeClient().PostQueryAsync("{ dataResources(first: 1, filter: { sharingTypes: [CONDITIONAL] }) { nodes { code name provider { code } jsonSchema items { nodes { name dataType isShared } } } } }"))
            .AssertNoErrors().Data["dataResources"]!["nodes"]![0]!;
        using var schema = JsonDocument.Parse((string)resource["jsonSchema"]!);
        var root = schema.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal((string?)resource["name"], root.GetProperty("title").GetString());
        Assert.EndsWith($"/catalog/{resource["code"]}/schema.json", root.GetProperty("$id").GetString());
        var properties = root.GetProperty("properties");
        foreach (var item in resource["items"]!["nodes"]!)
        {
            var property = properties.GetProperty((string)item["name"]!);
            Assert.Equal((string)item["dataType"]! switch { "date" => "string", "decimal" => "number", _ => "string" }, property.GetProperty("type").GetString());
            Assert.Equal((bool)item["isShared"]!, property.GetProperty("x-infogov-shared").GetBoolean());
        }
        Assert.Equal(resource["items"]!["nodes"]!.Count(), properties.EnumerateObject().Count());

        var served = await host.ClientAs((string)resource["provider"]!["code"]!, Roles.DataSteward).GetAsync($"/catalog/{resource["code"]}/schema.json");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/schema+json", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(root.GetProperty("$id").GetString(), JsonDocument.Parse(await served.Content.ReadAsStringAsync()).RootElement.GetProperty("$id").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync($"/catalog/{resource["code"]}/schema.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.OfficeClient().GetAsync("/catalog/NOPE-1/schema.json")).StatusCode);
    }
}
