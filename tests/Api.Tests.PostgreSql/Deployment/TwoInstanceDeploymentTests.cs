using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using InfoGov.Api.Tests.Notifications;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace InfoGov.Api.Tests.Deployment;

/// <summary>
/// Two instances behind nginx on PostgreSQL and Redis, all real, all on loopback (<see cref="Deployment"/>), seen
/// from outside over HTTP and WebSocket: events fan out across instances, one rate budget, webhooks once, an
/// instance killed mid-stream, the database gone for twenty seconds, and Redis gone and back.
/// </summary>
public sealed class TwoInstanceDeploymentTests(Deployment deployment) : IClassFixture<Deployment>
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private const string StatusEvents = "subscription { events(kinds: [PROJECT_STATUS_CHANGED]) { eventId subjectId } }";
    private const string Submit = "mutation($i: ProjectVersionInput!) { submitProject(input: $i) { errors { code message } } }";

    private string Instance(ApiProcess instance) => $"http://127.0.0.1:{instance.Port}";

    [Fact]
    public async Task A_subscriber_on_one_instance_hears_the_event_of_a_mutation_sent_to_the_other_within_a_second()
    {
        await deployment.SettledAsync();
        var ids = await ImportDraftsAsync("DPA", 2);
        await using var onB = await SubscribeAsync($"ws://127.0.0.1:{deployment.B.Port}/graphql");

        // A first event, not timed: the path through A's mutation, the outbox, Redis and B's subscription is run once,
        // so that the timed event below measures delivery, not each process compiling that path on first use (seen in
        // CI: 1065 ms on a loaded 2-core runner for a cold first event).
        var warm = await Deployment.PostAsync(Http, Instance(deployment.A), Submit, new { i = new { id = ids[1], version = 1 } }, deployment.OfficeToken);
        Assert.True(warm.Succeeded, warm.Body);
        Assert.Equal(ids[1], (string?)(await onB.ReceiveAsync(TimeSpan.FromSeconds(5)))["payload"]!["data"]!["events"]!["subjectId"]);
        await using var throughBalancer = await SubscribeAsync($"ws://127.0.0.1:{deployment.Balancer.Port}/graphql");

        var sent = Stopwatch.StartNew();
        var submitted = await Deployment.PostAsync(Http, Instance(deployment.A), Submit, new { i = new { id = ids[0], version = 1 } }, deployment.OfficeToken);
        Assert.True(submitted.Succeeded, submitted.Body);
        var heard = await onB.ReceiveAsync(TimeSpan.FromSeconds(5));
        var elapsed = sent.Elapsed;
        Assert.Equal(ids[0], (string?)heard["payload"]!["data"]!["events"]!["subjectId"]);
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"heard on B after {elapsed.TotalMilliseconds:0} ms");
        // The WebSocket through nginx (upgraded, on whichever instance it landed) hears it too.
        Assert.Equal(ids[0], (string?)(await throughBalancer.ReceiveAsync(TimeSpan.FromSeconds(5)))["payload"]!["data"]!["events"]!["subjectId"]);
        // Once: B's dispatcher did not publish it again, nor did A's copy come back to A's subscribers.
        await Assert.ThrowsAsync<TimeoutException>(() => onB.ReceiveAsync(TimeSpan.FromSeconds(1)));
        await Assert.ThrowsAsync<TimeoutException>(() => throughBalancer.ReceiveAsync(TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task The_anonymous_budget_is_one_budget_across_both_instances()
    {
        await deployment.SettledAsync();
        await FlushRedisAsync();
        var grantedByA = await AnonymousRequestsAsync(Instance(deployment.A), 20);
        var grantedByB = await AnonymousRequestsAsync(Instance(deployment.B), 20);
        // Per instance, each would have granted 20; sharing one bucket of 30, B had 10 left.
        Assert.Equal(20, grantedByA.Count(a => a.Status == HttpStatusCode.OK));
        Assert.Equal(10, grantedByB.Count(a => a.Status == HttpStatusCode.OK));
        Assert.Equal(Deployment.AnonymousBudget - 20, grantedByA.Last().Remaining);
        Assert.All(grantedByB.Skip(10), a =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, a.Status);
            Assert.NotNull(a.RetryAfter);
            Assert.Contains("RATE_LIMITED", a.Body);
        });
        // And through the balancer, whichever instance answers.
        Assert.All(await AnonymousRequestsAsync(deployment.Balancer.Url, 4), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.Status));
    }

    [Fact]
    public async Task Two_hundred_events_through_both_instances_are_delivered_exactly_once_each()
    {
        await deployment.SettledAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var hook = await RegisterWebhookAsync(receiver.Url);
        var ids = await ImportDraftsAsync("DPC", 200);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async lane =>
        {
            for (var n = lane; n < ids.Count; n += 4)
            {
                var submitted = await Deployment.PostAsync(Http, deployment.Balancer.Url, Submit, new { i = new { id = ids[n], version = 1 } }, deployment.OfficeToken);
                Assert.True(submitted.Succeeded && !submitted.Json["data"]!["submitProject"]!["errors"]!.Any(), submitted.Body);
            }
        }));

        await receiver.WaitForAsync(200);
        await Task.Delay(TimeSpan.FromSeconds(2)); // time for a duplicate to arrive, were one sent
        var deliveries = Deliveries(receiver);
        Assert.Equal(200, deliveries.Count);
        Assert.Equal(200, deliveries.Select(d => d.EventId).Distinct().Count());
        Assert.Equal(ids.Order(), deliveries.Select(d => d.Subject).Order());
        await RemoveWebhookAsync(hook);
    }

    [Fact]
    public async Task An_instance_killed_during_a_stream_of_mutations_loses_nothing_that_succeeded_and_clients_carry_on()
    {
        await deployment.SettledAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var hook = await RegisterWebhookAsync(receiver.Url);
        var ids = await ImportDraftsAsync("DPD", 120);
        var outcomes = new ConcurrentDictionary<string, (bool Succeeded, TimeSpan Started)>();
        var clock = Stopwatch.StartNew();
        TimeSpan? killedAt = null;
        try
        {
            var stream = Task.WhenAll(Enumerable.Range(0, 3).Select(async lane =>
            {
                for (var n = lane; n < ids.Count; n += 3)
                {
                    var started = clock.Elapsed;
                    bool succeeded;
                    try
                    {
                        var answer = await Deployment.PostAsync(Http, deployment.Balancer.Url, Submit, new { i = new { id = ids[n], version = 1 } }, deployment.OfficeToken);
                        succeeded = answer.Succeeded && !answer.Json["data"]!["submitProject"]!["errors"]!.Any();
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Newtonsoft.Json.JsonReaderException)
                    {
                        succeeded = false;
                    }
                    outcomes[ids[n]] = (succeeded, started);
                }
            }));
            while (outcomes.Count < 30) await Task.Delay(10);
            await deployment.KillAAsync();
            killedAt = clock.Elapsed;
            await stream;

            var succeeded = outcomes.Where(o => o.Value.Succeeded).Select(o => o.Key).ToHashSet();
            // The clients carried on: what was sent after the kill went through the other instance.
            var afterKill = outcomes.Where(o => o.Value.Started > killedAt + TimeSpan.FromSeconds(0.5)).ToList();
            Assert.NotEmpty(afterKill);
            Assert.All(afterKill, o => Assert.True(o.Value.Succeeded, $"{o.Key} sent after the kill failed"));
            // Every mutation the client saw succeed is in the database (and perhaps some whose answer was lost with A).
            var statuses = await StatusesAsync("DPD");
            Assert.All(succeeded, id => Assert.Equal("SUBMITTED", statuses[id]));
            var submitted = statuses.Where(s => s.Value == "SUBMITTED").Select(s => s.Key).ToHashSet();

            // Their events are delivered once each, those A had claimed too once its claims lapsed.
            await receiver.WaitForAsync(submitted.Count);
            await Task.Delay(TimeSpan.FromSeconds(2));
            var byEvent = Deliveries(receiver).GroupBy(d => d.EventId).ToList();
            // The one repeat a kill can cause: the call A had in flight may have reached the receiver before A recorded
            // it, so it is sent again when A's claim lapses, with the same InfoGov-Event-Id, by which the receiver drops it.
            Assert.True(byEvent.All(e => e.Count() <= 2) && byEvent.Count(e => e.Count() == 2) <= 1,
                "repeated: " + string.Join(' ', byEvent.Where(e => e.Count() > 1).Select(e => $"{e.Key}x{e.Count()}")));
            var delivered = byEvent.Select(e => e.First().Subject).ToList();
            Assert.True(submitted.Order().SequenceEqual(delivered.Order()),
                $"{submitted.Count} submitted, {delivered.Count} delivered; not delivered: {string.Join(' ', submitted.Except(delivered))}; not submitted: {string.Join(' ', delivered.Except(submitted))}");
        }
        finally
        {
            await deployment.RestartAAsync();
            await RemoveWebhookAsync(hook);
        }
    }

    [Fact]
    public async Task The_database_gone_for_twenty_seconds_under_load_gets_503s_and_both_instances_serve_again_within_ten_seconds()
    {
        await deployment.SettledAsync();
        const string read = "{ projects(first: 5) { totalCount } }";
        var answers = new ConcurrentBag<(string Target, Deployment.Answer? Answer, string? Failure)>();
        using var stop = new CancellationTokenSource();
        var targets = new[] { deployment.Balancer.Url, Instance(deployment.A), Instance(deployment.B) };
        var load = Task.WhenAll(targets.Select(async target =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    answers.Add((target, await Deployment.PostAsync(Http, target, read, token: deployment.OfficeToken), null));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    answers.Add((target, null, e.Message));
                }
                await Task.Delay(50);
            }
        }));
        await Task.Delay(TimeSpan.FromSeconds(1));
        await deployment.Postgres.PauseAsync();
        await Task.Delay(TimeSpan.FromSeconds(20));
        await deployment.Postgres.ResumeAsync();
        var back = Stopwatch.StartNew();
        foreach (var instance in new[] { deployment.A, deployment.B })
        {
            while (!(await Deployment.PostAsync(Http, Instance(instance), read, token: deployment.OfficeToken)).Succeeded)
            {
                Assert.True(back.Elapsed < TimeSpan.FromSeconds(10), $"instance on {instance.Port} not serving 10 s after the database returned");
                await Task.Delay(100);
            }
        }
        var servedAgainAfter = back.Elapsed;
        await stop.CancelAsync();
        await load;

        Assert.True(servedAgainAfter < TimeSpan.FromSeconds(10), $"served again after {servedAgainAfter.TotalSeconds:0.0} s");
        Assert.All(answers, a => Assert.True(a.Failure is null, $"{a.Target}: {a.Failure}"));
        var unavailable = answers.Where(a => a.Answer!.Status == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.True(unavailable.Count > 0, "no request fell in the gap");
        Assert.All(answers, a => Assert.True(a.Answer!.Status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{a.Target}: {a.Answer!.Status} {a.Answer.Body}"));
        Assert.All(unavailable, a =>
        {
            Assert.Equal("5", a.Answer!.RetryAfter);
            Assert.Contains("DATABASE_UNAVAILABLE", a.Answer.Body);
            Assert.DoesNotContain("   at ", a.Answer.Body);
        });
        // Through the balancer as well as on each instance.
        Assert.Contains(unavailable, a => a.Target == deployment.Balancer.Url);
    }

    [Fact]
    public async Task Redis_gone_leaves_requests_served_and_when_it_returns_budgets_and_events_are_shared_again()
    {
        await deployment.SettledAsync();
        await deployment.Redis.StopAsync();
        try
        {
            for (var i = 0; i < 10; i++)
            {
                var answer = await Deployment.PostAsync(Http, deployment.Balancer.Url, "{ projects(first: 1) { totalCount } }", token: deployment.OfficeToken);
                Assert.True(answer.Succeeded, answer.Body);
            }
            Assert.Equal(HttpStatusCode.OK, (await Deployment.PostAsync(Http, deployment.Balancer.Url, "{ __typename }")).Status);
            // Each instance says so: degraded (still ready: it serves), naming Redis, and in its log.
            foreach (var instance in new[] { deployment.A, deployment.B })
            {
                using var ready = await Http.GetAsync(Instance(instance) + "/health/ready");
                var report = JObject.Parse(await ready.Content.ReadAsStringAsync());
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
                Assert.Equal("Degraded", (string?)report["status"]);
                Assert.Equal("Degraded", (string?)report["checks"]!["redis"]!["status"]);
                Assert.Equal("Healthy", (string?)report["checks"]!["database"]!["status"]);
                Assert.Contains("unreachable", instance.Output);
            }
        }
        finally
        {
            await deployment.Redis.StartAgainAsync();
        }
        await deployment.SettledAsync();

        // One budget again: alternating instances, each request leaves one permit fewer than the one before.
        var remaining = new List<int?>();
        for (var i = 0; i < 6; i++)
            remaining.Add((await Deployment.PostAsync(Http, Instance(i % 2 == 0 ? deployment.A : deployment.B), "{ __typename }")).Remaining);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => (int?)(Deployment.AnonymousBudget - i)), remaining);

        // Events fan out again.
        var ids = await ImportDraftsAsync("DPF", 1);
        await using var onB = await SubscribeAsync($"ws://127.0.0.1:{deployment.B.Port}/graphql");
        Assert.True((await Deployment.PostAsync(Http, Instance(deployment.A), Submit, new { i = new { id = ids[0], version = 1 } }, deployment.OfficeToken)).Succeeded);
        Assert.Equal(ids[0], (string?)(await onB.ReceiveAsync(TimeSpan.FromSeconds(5)))["payload"]!["data"]!["events"]!["subjectId"]);
    }

    private async Task<List<Deployment.Answer>> AnonymousRequestsAsync(string baseUrl, int count)
    {
        var answers = new List<Deployment.Answer>();
        for (var i = 0; i < count; i++) answers.Add(await Deployment.PostAsync(Http, baseUrl, "{ __typename }"));
        return answers;
    }

    private async Task FlushRedisAsync()
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync(deployment.Redis.Configuration + ",allowAdmin=true");
        foreach (var server in admin.GetServers()) await server.FlushAllDatabasesAsync();
    }

    private async Task<GraphQLSocket> SubscribeAsync(string url)
    {
        var client = new ClientWebSocket();
        client.Options.AddSubProtocol("graphql-transport-ws");
        await client.ConnectAsync(new Uri(url), CancellationToken.None);
        var socket = new GraphQLSocket(client);
        await socket.InitAsync(deployment.OfficeToken);
        await socket.SubscribeAsync("s", StatusEvents);
        return socket;
    }

    /// <summary>Draft projects of GAJ imported through the balancer, their ids in code order.</summary>
    private async Task<List<string>> ImportDraftsAsync(string prefix, int count)
    {
        var register = new StringBuilder("code,name,departmentCode,level,scope,budget,startOn,dueOn,feasibilityStudyReference\n");
        for (var i = 1; i <= count; i++) register.Append($"{prefix}-{i:000},项目{i},GAJ,DEPARTMENTAL,Scope {i},1000,2027-01-01,2027-12-31,KY-{i}\n");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent("{\"query\":\"mutation($i: ImportSpreadsheetInput!) { importSpreadsheet(input: $i) { errors { code } importReport { created } } }\",\"variables\":{\"i\":{\"kind\":\"PROJECT_REGISTER\",\"file\":null}}}"), "operations" },
            { new StringContent("{\"0\":[\"variables.i.file\"]}"), "map" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(register.ToString())), "0", "register.csv" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, deployment.Balancer.Url + "/graphql") { Content = upload };
        request.Headers.Authorization = new("Bearer", deployment.OfficeToken);
        using var response = await Http.SendAsync(request);
        var imported = await response.Content.ReadAsStringAsync();
        Assert.True(imported.Contains($"\"created\":{count}", StringComparison.Ordinal), $"{(int)response.StatusCode}: {imported}");
        return (await StatusesAsync(prefix)).Keys.ToList();
    }

    /// <summary>The status of every project whose code starts with <paramref name="prefix"/>, by id.</summary>
    private async Task<Dictionary<string, string>> StatusesAsync(string prefix)
    {
        var statuses = new Dictionary<string, string>();
        string? after = null;
        do
        {
            var answer = await Deployment.PostAsync(Http, deployment.Balancer.Url,
                "query($after: String, $s: String) { projects(first: 100, after: $after, filter: { search: $s }) { nodes { id code status } pageInfo { hasNextPage endCursor } } }",
                new { after, s = prefix + "-" }, deployment.OfficeToken);
            Assert.True(answer.Succeeded, answer.Body);
            var page = answer.Json["data"]!["projects"]!;
            foreach (var node in page["nodes"]!) statuses[(string)node["id"]!] = (string)node["status"]!;
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);
        return statuses;
    }

    private async Task<string> RegisterWebhookAsync(string url)
    {
        var answer = await Deployment.PostAsync(Http, deployment.Balancer.Url,
            "mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { registeredWebhook { webhook { id } } errors { code message } } }",
            new { i = new { url, events = new[] { "PROJECT_STATUS_CHANGED" }, ownerApp = "deployment-test" } }, deployment.AdminToken);
        Assert.True(answer.Succeeded, answer.Body);
        return (string)answer.Json["data"]!["registerWebhook"]!["registeredWebhook"]!["webhook"]!["id"]!;
    }

    private async Task RemoveWebhookAsync(string id)
    {
        var answer = await Deployment.PostAsync(Http, deployment.Balancer.Url,
            "mutation($i: RemoveWebhookInput!) { removeWebhook(input: $i) { errors { code } } }", new { i = new { id } }, deployment.AdminToken);
        Assert.True(answer.Succeeded, answer.Body);
    }

    private static List<(string EventId, string Subject)> Deliveries(WebhookReceiver receiver) =>
        receiver.Received.Select(d => (d.Headers["InfoGov-Event-Id"], (string)JObject.Parse(Encoding.UTF8.GetString(d.Body))["subject"]!["id"]!)).ToList();
}
