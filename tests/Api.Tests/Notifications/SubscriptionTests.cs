using System.Net;
using System.Net.WebSockets;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using InfoGov.Domain.Integration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Notifications;

/// <summary>Subscriptions over WebSocket (graphql-transport-ws) and Server-Sent Events, against changes committed through the API.</summary>
public sealed class SubscriptionTests(SubscriptionTests.Host host) : IClassFixture<SubscriptionTests.Host>
{
    /// <summary>A host of its own (these tests write), with short timeouts and small limits, and a fault
    /// that can be switched on to make the next save of an event fail, as a database fault would.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        public FailingEventSave Fault { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Subscriptions:ConnectionInitTimeout", "00:00:01");
            builder.UseSetting("Subscriptions:MaxPerConnection", "2");
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Fault));
        }
    }

    /// <summary>Fails the next SaveChanges that writes an outbox message, once armed.</summary>
    public sealed class FailingEventSave : SaveChangesInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Armed && eventData.Context!.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
            {
                Armed = false;
                throw new DbUpdateException("Simulated database fault while saving.");
            }
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    private const string StatusEvents = "subscription { events(kinds: [PROJECT_STATUS_CHANGED]) { eventId kind subjectId subject { ... on Project { code status } } } }";

    private string OfficeToken => host.Token(new TokenRequest([Roles.CommitteeOffice], "XXB"));

    /// <summary>A project that can still be cancelled, and the department that owns it.</summary>
    private async Task<(string Id, int Version, string Code, string Department)> CancellableAsync(int skip = 0)
    {
        var projects = (await host.OfficeClient().PostQueryAsync("{ projects(first: 100) { nodes { id version code status department { code } } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]!.Where(p => (string?)p["status"] is "IN_IMPLEMENTATION" or "APPROVED").Skip(skip).First();
        return ((string)projects["id"]!, (int)projects["version"]!, (string)projects["code"]!, (string)projects["department"]!["code"]!);
    }

    private async Task<JToken> CancelAsync((string Id, int Version, string Code, string Department) project) =>
        (await host.ClientAs("XXB", Roles.CommitteeOffice).PostQueryAsync(
            "mutation($i: CancelProjectInput!) { cancelProject(input: $i) { project { status } errors { code message } } }",
            new { i = new { id = project.Id, version = project.Version, reason = "Subscription test" } })).AssertNoErrors().Data["cancelProject"]!;

    [Fact]
    public async Task A_WebSocket_subscriber_receives_a_committed_status_change_and_nothing_from_a_rolled_back_one()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(host);
        await socket.InitAsync(OfficeToken);
        await socket.SubscribeAsync("s1", StatusEvents);

        var doomed = await CancellableAsync();
        host.Fault.Armed = true;
        var refused = await CancelAsync(doomed);
        Assert.Equal("CONFLICT", (string?)refused["errors"]![0]!["code"]);
        var kept = await CancellableAsync(skip: 1);
        Assert.Empty((await CancelAsync(kept))["errors"]!);

        // The first event is the committed change: the rolled-back one was never written, so never sent.
        var message = await socket.ReceiveAsync();
        Assert.Equal("next", (string?)message["type"]);
        Assert.Equal("s1", (string?)message["id"]);
        var received = message["payload"]!["data"]!["events"]!;
        Assert.Equal("PROJECT_STATUS_CHANGED", (string?)received["kind"]);
        Assert.Equal(kept.Code, (string?)received["subject"]!["code"]);
        Assert.Equal("CANCELLED", (string?)received["subject"]!["status"]);
        Assert.Equal(kept.Id, (string?)received["subjectId"]);
        await Assert.ThrowsAsync<TimeoutException>(() => socket.ReceiveAsync(TimeSpan.FromSeconds(2)));

        // The subscriber stops with complete; later changes are not sent to it.
        await socket.SendAsync(new { id = "s1", type = "complete" });
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string?)(await socket.ReceiveAsync())["type"]);
        Assert.Empty((await CancelAsync(await CancellableAsync()))["errors"]!);
        await Assert.ThrowsAsync<TimeoutException>(() => socket.ReceiveAsync(TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task A_report_that_turns_a_project_red_announces_the_colour_change_once()
    {
        var office = host.OfficeClient();
        var project = (await office.PostQueryAsync("{ projects(first: 100, filter: { statuses: [IN_IMPLEMENTATION], colours: [GREEN, AMBER] }) { nodes { id code colour currentPlan { budget { amount } } latestProgressReport { month progressPercent } } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]!.First(p => (string?)p["latestProgressReport"]?["month"] != "2026-11-01");
        var id = (string)project["id"]!;
        // Colours are first recorded, not announced, when the host starts: wait for this project's record.
        Assert.True(InfoGov.Api.Engine.Relay.GlobalId.TryDecode(id, out _, out var projectId));
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InfoGov.Infrastructure.Persistence.InfoGovDbContext>();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!await db.ProjectColourWatches.AnyAsync(w => w.ProjectId == projectId) && DateTime.UtcNow < deadline) await Task.Delay(100);
        }

        await using var socket = await GraphQLSocket.ConnectAsync(host);
        await socket.InitAsync(OfficeToken);
        await socket.SubscribeAsync("colour", "subscription($p: ID) { events(kinds: [PROJECT_COLOUR_CHANGED], projectId: $p) { kind subjectId subject { ... on Project { code colour } } } }", new { p = id });

        // Spent ten times the budget at the same progress: over budget by far more than 30%.
        var progress = Math.Max((int?)project["latestProgressReport"]?["progressPercent"] ?? 0, 10);
        var filed = (await office.PostQueryAsync("mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { project { colour } errors { code message } } }",
            new { i = new { projectId = id, month = "2026-11-01", progressPercent = progress, spendToDate = new { amount = 10 * (decimal)project["currentPlan"]!["budget"]!["amount"]! } } }))
            .AssertNoErrors().Data["submitProgressReport"]!;
        Assert.Empty(filed["errors"]!);
        Assert.Equal("RED", (string?)filed["project"]!["colour"]);

        var received = (await socket.ReceiveAsync())["payload"]!["data"]!["events"]!;
        Assert.Equal("PROJECT_COLOUR_CHANGED", (string?)received["kind"]);
        Assert.Equal(id, (string?)received["subjectId"]);
        Assert.Equal("RED", (string?)received["subject"]!["colour"]);
        // Once: the colour is red now, and stays so.
        await Assert.ThrowsAsync<TimeoutException>(() => socket.ReceiveAsync(TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task A_Server_Sent_Events_subscriber_receives_a_committed_status_change()
    {
        using var stream = await EventStreamReader.OpenAsync(host.ClientAs("XXB", Roles.CommitteeOffice), StatusEvents);
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType!.MediaType);
        await stream.ListeningAsync();

        var project = await CancellableAsync();
        Assert.Empty((await CancelAsync(project))["errors"]!);

        var (name, data) = await stream.NextAsync();
        Assert.Equal("next", name);
        Assert.Equal(project.Code, (string?)data!["data"]!["events"]!["subject"]!["code"]);
        Assert.Equal("CANCELLED", (string?)data["data"]!["events"]!["subject"]!["status"]);
    }

    [Fact]
    public async Task Errors_before_execution_come_as_a_next_event_then_complete_over_Server_Sent_Events()
    {
        using var stream = await EventStreamReader.OpenAsync(host.CreateClient(), StatusEvents);
        var (name, data) = await stream.NextAsync();
        Assert.Equal("next", name);
        Assert.Contains(data!["errors"]!, e => (string?)e["extensions"]!["code"] == "AUTH_NOT_AUTHENTICATED");
        Assert.Equal("complete", (await stream.NextAsync()).Event);
    }

    [Fact]
    public async Task A_subscriber_without_the_money_role_cannot_subscribe_to_money_fields()
    {
        const string money = "subscription { events { subject { ... on Project { code budgetLines { nodes { amount { amount } } } } } } }";
        await using var socket = await GraphQLSocket.ConnectAsync(host);
        await socket.InitAsync(host.Token(new TokenRequest([Roles.Staff], "XXB")));
        await socket.SendAsync(new { id = "m", type = "subscribe", payload = new { query = money } });
        var refused = await socket.ReceiveAsync();
        Assert.Equal("error", (string?)refused["type"]);
        Assert.Contains(refused["payload"]!, e => (string?)e["extensions"]!["code"] == "AUTH_NOT_AUTHORIZED");

        // Over SSE the same refusal comes as the stream's only result.
        using var stream = await EventStreamReader.OpenAsync(host.ClientAs("XXB", Roles.Staff), money);
        var (_, data) = await stream.NextAsync();
        Assert.Null(data!["data"]);
        Assert.Contains(data["errors"]!, e => (string?)e["extensions"]!["code"] == "AUTH_NOT_AUTHORIZED");
    }

    [Fact]
    public async Task A_department_leader_receives_another_departments_change_without_its_money()
    {
        var project = await CancellableAsync();
        var other = project.Department == "GAJ" ? "JYJ" : "GAJ";
        const string query = "subscription($p: ID) { events(projectId: $p) { kind subject { ... on Project { code status budgetLines { nodes { fiscalYear } } } } } }";
        await using var socket = await GraphQLSocket.ConnectAsync(host);
        await socket.InitAsync(host.Token(new TokenRequest([Roles.DepartmentLeader], other)));
        await socket.SubscribeAsync("leader", query, new { p = project.Id });
        Assert.Empty((await CancelAsync(project))["errors"]!);

        var payload = (await socket.ReceiveAsync())["payload"]!;
        var subject = payload["data"]!["events"]!["subject"]!;
        Assert.Equal("CANCELLED", (string?)subject["status"]);
        Assert.Equal(JTokenType.Null, subject["budgetLines"]!.Type);
        Assert.Contains(payload["errors"]!, e => (string?)e["extensions"]!["code"] == "AUTH_NOT_AUTHORIZED"
            && e["path"]!.Select(p => p.ToString()).Contains("budgetLines"));
    }

    [Fact]
    public async Task Sockets_without_credentials_or_without_init_are_closed_and_subscriptions_per_connection_are_limited()
    {
        await using (var anonymous = await GraphQLSocket.ConnectAsync(host))
        {
            await anonymous.SendAsync(new { type = "connection_init" });
            Assert.Equal((WebSocketCloseStatus)4403, (await anonymous.ClosedAsync()).Status);
        }
        await using (var forged = await GraphQLSocket.ConnectAsync(host))
        {
            await forged.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer not-a-token" } });
            Assert.Equal((WebSocketCloseStatus)4403, (await forged.ClosedAsync()).Status);
        }
        await using (var silent = await GraphQLSocket.ConnectAsync(host))
        {
            Assert.Equal((WebSocketCloseStatus)4408, (await silent.ClosedAsync()).Status);
        }
        await using (var early = await GraphQLSocket.ConnectAsync(host))
        {
            await early.SendAsync(new { id = "x", type = "subscribe", payload = new { query = StatusEvents } });
            Assert.Equal((WebSocketCloseStatus)4401, (await early.ClosedAsync()).Status);
        }

        // The upgrade's own Authorization header is enough; the third subscription on a connection is refused.
        await using var socket = await GraphQLSocket.ConnectAsync(host, "Bearer " + OfficeToken);
        await socket.InitAsync(null);
        await socket.SubscribeAsync("a", StatusEvents);
        await socket.SubscribeAsync("b", StatusEvents);
        await socket.SendAsync(new { id = "c", type = "subscribe", payload = new { query = StatusEvents } });
        var refused = await socket.ReceiveAsync();
        Assert.Equal("error", (string?)refused["type"]);
        Assert.Equal("SUBSCRIPTION_LIMIT_EXCEEDED", (string?)refused["payload"]![0]!["extensions"]!["code"]);
        await socket.SendAsync(new { id = "a", type = "subscribe", payload = new { query = StatusEvents } });
        Assert.Equal((WebSocketCloseStatus)4409, (await socket.ClosedAsync()).Status);
    }

    [Fact]
    public async Task Who_may_subscribe_is_who_may_follow_the_change_feed()
    {
        var principals = new List<(string Name, TokenRequest? Token, bool Allowed)> { ("anonymous", null, false) };
        foreach (var role in Roles.Government) principals.Add((role, new TokenRequest([role], "GAJ"), true));
        principals.Add((Roles.Dashboard, new TokenRequest([Roles.Dashboard], null, true), true));
        principals.Add((Roles.DataExchange, new TokenRequest([Roles.DataExchange], "GAJ", true), true));
        foreach (var (name, token, allowed) in principals)
        {
            var client = host.CreateClient();
            if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", host.Token(token));
            using var stream = await EventStreamReader.OpenAsync(client, StatusEvents);
            if (allowed)
            {
                await stream.ListeningAsync();
                continue;
            }
            var (_, data) = await stream.NextAsync();
            Assert.True(data!["errors"]!.Any(e => (string?)e["extensions"]!["code"] is "AUTH_NOT_AUTHENTICATED" or "AUTH_NOT_AUTHORIZED"), $"{name}: {data}");
        }
    }
}
