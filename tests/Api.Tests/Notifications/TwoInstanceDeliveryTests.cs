using System.Text;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Api.Tests.Notifications;

/// <summary>
/// Two instances on one database, both running the outbox dispatcher and the webhook sender: 200 events produce
/// exactly 200 deliveries, none twice, none lost, whichever instance committed the mutation (WorkClaims).
/// </summary>
public sealed class TwoInstanceDeliveryTests : IAsyncLifetime
{
    private readonly Instance _first = new(null);
    private Instance? _second;

    /// <summary>An instance whose clock runs, that may call loopback receivers and polls often; the second shares the first's database.</summary>
    private sealed class Instance(string? sharedConnectionString) : InfoGovApiFactory
    {
        public string Database => ConnectionString;
        protected override string ConnectionString => sharedConnectionString ?? base.ConnectionString;
        protected override bool PrepareDatabase => sharedConnectionString is null;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Webhooks:AllowPrivateTargets", "true");
            builder.UseSetting("Webhooks:PollInterval", "00:00:00.2");
            builder.UseSetting("Notifications:PollInterval", "00:00:00.2");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new RunningTimeProvider(Now)));
        }
    }

    public Task InitializeAsync()
    {
        _first.Server.ToString(); // started: migrated and seeded before the second opens the database
        _second = new Instance(_first.Database);
        _second.Server.ToString();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _second?.Dispose();
        _first.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Two_hundred_events_through_two_instances_are_delivered_exactly_once_each()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var registered = await _first.ClientAs(null, Roles.Admin).PostQueryAsync(
            "mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { errors { code message } } }",
            new { i = new { url = receiver.Url, events = new[] { "PROJECT_STATUS_CHANGED" }, ownerApp = "two-instances" } });
        Assert.Empty(registered.AssertNoErrors().Data["registerWebhook"]!["errors"]!);

        // 200 drafts in one import, then each submitted through one instance or the other: 200 status changes.
        var register = new StringBuilder("code,name,departmentCode,level,scope,budget,startOn,dueOn,feasibilityStudyReference\n");
        for (var i = 1; i <= 200; i++) register.Append($"TWO-{i:000},项目{i},GAJ,DEPARTMENTAL,Scope {i},1000,2027-01-01,2027-12-31,KY-{i}\n");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent("{\"query\":\"mutation($i: ImportSpreadsheetInput!) { importSpreadsheet(input: $i) { errors { code } importReport { created } } }\",\"variables\":{\"i\":{\"kind\":\"PROJECT_REGISTER\",\"file\":null}}}"), "operations" },
            { new StringContent("{\"0\":[\"variables.i.file\"]}"), "map" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(register.ToString())), "0", "register.csv" },
        };
        var imported = await (await _first.OfficeClient().PostAsync("/graphql", upload)).Content.ReadAsStringAsync();
        Assert.Contains("\"created\":200", imported);

        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = (await _first.OfficeClient().PostQueryAsync(
                "query($after: String) { projects(first: 100, after: $after, filter: { search: \"TWO-\" }) { nodes { id } pageInfo { hasNextPage endCursor } } }", new { after }))
                .AssertNoErrors().Data["projects"]!;
            ids.AddRange(page["nodes"]!.Select(n => (string)n["id"]!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);
        Assert.Equal(200, ids.Count);

        var offices = new[] { _first.OfficeClient(), _second!.OfficeClient() };
        await Task.WhenAll(ids.Select((id, n) => n).GroupBy(n => n % 4).Select(async lane =>
        {
            foreach (var n in lane)
            {
                var submitted = await offices[n % 2].PostQueryAsync("mutation($i: ProjectVersionInput!) { submitProject(input: $i) { errors { code message } } }",
                    new { i = new { id = ids[n], version = 1 } });
                Assert.Empty(submitted.AssertNoErrors().Data["submitProject"]!["errors"]!);
            }
        }));

        for (var waited = 0; waited < 300 && receiver.Received.Count < 200; waited++) await Task.Delay(100);
        await Task.Delay(TimeSpan.FromSeconds(2)); // time for a duplicate to arrive, were one sent
        var events = receiver.Received.Select(d => d.Headers["InfoGov-Event-Id"]).ToList();
        Assert.Equal(200, events.Count);
        Assert.Equal(200, events.Distinct().Count());
    }
}
