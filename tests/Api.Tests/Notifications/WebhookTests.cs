using System.Net;
using System.Security.Cryptography;
using System.Text;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Webhooks;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Notifications;

/// <summary>Webhooks as a receiving system sees them: signed POSTs, retried after a failure, never sent twice.</summary>
public sealed class WebhookTests(WebhookTests.Host host) : IClassFixture<WebhookTests.Host>
{
    /// <summary>A host of its own whose clock runs (retries wait on it), that may call loopback
    /// receivers, and that retries after half a second.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Webhooks:AllowPrivateTargets", "true");
            builder.UseSetting("Webhooks:FirstRetryDelay", "00:00:00.5");
            builder.UseSetting("Webhooks:PollInterval", "00:00:00.2");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new RunningTimeProvider(Now)));
        }
    }

    private const string Register = "mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { registeredWebhook { secret webhook { id url events } } errors { code field message } } }";

    private async Task<(string Id, int Version, string Code)> CancellableAsync()
    {
        var project = (await host.OfficeClient().PostQueryAsync("{ projects(first: 100) { nodes { id version code status } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]!.First(p => (string?)p["status"] is "IN_IMPLEMENTATION" or "APPROVED");
        return ((string)project["id"]!, (int)project["version"]!, (string)project["code"]!);
    }

    [Fact]
    public async Task A_receiver_gets_a_signed_delivery_a_retry_after_a_500_and_no_duplicate_after_success()
    {
        await using var receiver = await WebhookReceiver.StartAsync(500);
        var project = await CancellableAsync();
        var admin = host.ClientAs(null, Roles.Admin);
        var registered = (await admin.PostQueryAsync(Register, new { i = new { url = receiver.Url, events = new[] { "PROJECT_STATUS_CHANGED" }, ownerApp = "portal", projectId = project.Id } }))
            .AssertNoErrors().Data["registerWebhook"]!;
        Assert.Empty(registered["errors"]!);
        var secret = (string)registered["registeredWebhook"]!["secret"]!;
        var webhookId = (string)registered["registeredWebhook"]!["webhook"]!["id"]!;

        var cancelled = (await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(
            "mutation($i: CancelProjectInput!) { cancelProject(input: $i) { errors { code } } }",
            new { i = new { id = project.Id, version = project.Version, reason = "Webhook test" } })).AssertNoErrors();
        Assert.Empty(cancelled.Data["cancelProject"]!["errors"]!);

        await receiver.WaitForAsync(2);
        await Task.Delay(TimeSpan.FromSeconds(2)); // time for a duplicate to arrive, were one sent
        var deliveries = receiver.Received.ToList();
        Assert.Equal(2, deliveries.Count);
        foreach (var delivery in deliveries)
        {
            var timestamp = delivery.Headers["InfoGov-Timestamp"];
            var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
                Encoding.UTF8.GetBytes(timestamp + ".").Concat(delivery.Body).ToArray()));
            Assert.Equal(expected, delivery.Headers["InfoGov-Signature"]);
            Assert.Equal(webhookId, delivery.Headers["InfoGov-Webhook-Id"]);
            var body = JObject.Parse(Encoding.UTF8.GetString(delivery.Body));
            Assert.Equal("PROJECT_STATUS_CHANGED", (string?)body["type"]);
            Assert.Equal(project.Id, (string?)body["subject"]!["id"]);
            Assert.Equal(delivery.Headers["InfoGov-Event-Id"], (string?)body["id"]);
        }
        // The retry is the same event: receivers de-duplicate on its id.
        Assert.Equal(deliveries[0].Headers["InfoGov-Event-Id"], deliveries[1].Headers["InfoGov-Event-Id"]);

        var log = (await admin.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on Webhook { deliveries { nodes { status attempts lastResponseStatus deliveredAt kind } } } } }",
            new { id = webhookId })).AssertNoErrors().Data["node"]!["deliveries"]!["nodes"]!.Single();
        Assert.Equal("DELIVERED", (string?)log["status"]);
        Assert.Equal(2, (int)log["attempts"]!);
        Assert.Equal(200, (int)log["lastResponseStatus"]!);
        Assert.Equal("PROJECT_STATUS_CHANGED", (string?)log["kind"]);
    }

    [Fact]
    public async Task A_data_steward_registers_for_its_own_department_and_sees_only_its_departments_webhooks()
    {
        var steward = host.ClientAs("GAJ", Roles.DataSteward);
        var gaj = (string)(await steward.PostQueryAsync("{ department(code: \"GAJ\") { id } }")).AssertNoErrors().Data["department"]!["id"]!;
        var unscoped = (await steward.PostQueryAsync(Register, new { i = new { url = "https://hooks.example.org/a", events = new[] { "SHARING_REQUEST_DECIDED" }, ownerApp = "exchange" } }))
            .AssertNoErrors().Data["registerWebhook"]!;
        Assert.Equal("NOT_PERMITTED", (string?)unscoped["errors"]![0]!["code"]);

        var own = (await steward.PostQueryAsync(Register, new { i = new { url = "https://hooks.example.org/gaj", events = new[] { "SHARING_REQUEST_DECIDED" }, ownerApp = "exchange", departmentId = gaj } }))
            .AssertNoErrors().Data["registerWebhook"]!;
        Assert.Empty(own["errors"]!);
        var id = (string)own["registeredWebhook"]!["webhook"]!["id"]!;

        const string list = "{ webhooks(first: 100) { nodes { id url } } }";
        Assert.Contains((await steward.PostQueryAsync(list)).AssertNoErrors().Data["webhooks"]!["nodes"]!, w => (string?)w["id"] == id);
        Assert.DoesNotContain((await host.ClientAs("JYJ", Roles.DataSteward).PostQueryAsync(list)).AssertNoErrors().Data["webhooks"]!["nodes"]!, w => (string?)w["id"] == id);
        var refused = (await host.ClientAs("JYJ", Roles.DataSteward).PostQueryAsync("mutation($i: RemoveWebhookInput!) { removeWebhook(input: $i) { errors { code } } }", new { i = new { id } }))
            .AssertNoErrors().Data["removeWebhook"]!;
        Assert.Equal("NOT_PERMITTED", (string?)refused["errors"]![0]!["code"]);
        var removed = (await steward.PostQueryAsync("mutation($i: RemoveWebhookInput!) { removeWebhook(input: $i) { webhook { removedAt } errors { code } } }", new { i = new { id } }))
            .AssertNoErrors().Data["removeWebhook"]!;
        Assert.Empty(removed["errors"]!);
        Assert.NotNull((string?)removed["webhook"]!["removedAt"]);
    }
}

/// <summary>Webhook URLs that would make the API call inside its own network are refused.</summary>
[Collection(ApiCollection.Name)]
public sealed class WebhookTargetTests(InfoGovApiFactory factory)
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("https://user:secret@hooks.example.org/hook")]
    [InlineData("ftp://hooks.example.org/hook")]
    [InlineData("not a url")]
    public async Task Internal_and_malformed_targets_are_refused(string url)
    {
        var payload = (await factory.ClientAs(null, Roles.Admin).PostQueryAsync(
            "mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { registeredWebhook { secret } errors { code field } } }",
            new { i = new { url, events = new[] { "PROJECT_STATUS_CHANGED" }, ownerApp = "x" } })).AssertNoErrors().Data["registerWebhook"]!;
        Assert.Equal(JTokenType.Null, payload["registeredWebhook"]!.Type);
        Assert.Equal("VALIDATION", (string?)payload["errors"]![0]!["code"]);
        Assert.Equal("url", (string?)payload["errors"]![0]!["field"]);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.0.0.1", true)]
    [InlineData("172.16.5.4", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("2001:4860:4860::8888", false)]
    public void Addresses_a_delivery_connects_to_are_checked(string address, bool isInternal) =>
        Assert.Equal(isInternal, WebhookTargets.IsInternal(IPAddress.Parse(address)));
}
