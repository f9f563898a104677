using System.Net.WebSockets;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Api.Tests.Notifications;

/// <summary>What time causes, seen by a subscriber as the days pass: a request falling overdue and a grant
/// nearing its end (each announced once), and a socket closed when its token expires.</summary>
public sealed class TimeCausedEventTests(TimeCausedEventTests.Host host) : IClassFixture<TimeCausedEventTests.Host>
{
    /// <summary>A host of its own whose clock the test moves, sweeping every second.</summary>
    public sealed class Host : InfoGovApiFactory
    {
        public ShiftableTimeProvider Clock { get; } = new(Now);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Notifications:SweepInterval", "00:00:01");
            builder.UseSetting("Notifications:PollInterval", "00:00:01");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    private const string Submit = "mutation($i: SubmitSharingRequestInput!) { submitSharingRequest(input: $i) { sharingRequest { id answerDueOn } errors { code message } } }";
    private const string Decide = "mutation($i: DecideSharingRequestInput!) { decideSharingRequest(input: $i) { sharingRequest { grant { id validUntil } } errors { code message } } }";

    [Fact]
    public async Task Days_passing_raise_an_overdue_request_and_an_expiring_grant_once_each_and_close_an_expired_socket()
    {
        var resource = (await host.OfficeClient().PostQueryAsync("{ dataResources(first: 1, filter: { sharingTypes: [CONDITIONAL] }) { nodes { id code provider { code } items { nodes { id } } } } }"))
            .AssertNoErrors().Data["dataResources"]!["nodes"]![0]!;
        var (code, provider) = ((string)resource["code"]!, (string)resource["provider"]!["code"]!);
        var items = resource["items"]!["nodes"]!.Select(i => (string)i["id"]!).ToList();
        var requester = host.ClientAs(provider == "MZJ" ? "JYJ" : "MZJ", Roles.DataSteward);
        object Request() => new { resourceCode = code, purpose = "Time test", legalBasis = "Regulation, article 12", itemIds = items, periodFrom = "2026-12-01", periodUntil = "2027-11-30" };

        // One request left unanswered (due 4 December), one granted until 10 January.
        var pending = (await requester.PostQueryAsync(Submit, new { i = Request() })).AssertNoErrors().Data["submitSharingRequest"]!["sharingRequest"]!;
        Assert.Equal("2026-12-04", (string?)pending["answerDueOn"]);
        var granted = (await requester.PostQueryAsync(Submit, new { i = Request() })).AssertNoErrors().Data["submitSharingRequest"]!["sharingRequest"]!;
        var grant = (await host.ClientAs(provider, Roles.DataSteward).PostQueryAsync(Decide,
                new { i = new { requestId = (string)granted["id"]!, version = 1, approve = true, validUntil = "2027-01-10" } }))
            .AssertNoErrors().Data["decideSharingRequest"]!["sharingRequest"]!["grant"]!;

        // The office's token runs out on 30 December at noon.
        var token = host.Token(new TokenRequest([Roles.CommitteeOffice], "XXB") { Expires = new DateTimeOffset(2026, 12, 30, 12, 0, 0, TimeSpan.Zero) });
        await using var socket = await GraphQLSocket.ConnectAsync(host);
        await socket.InitAsync(token);
        await socket.SubscribeAsync("time", "subscription($r: ID) { events(kinds: [SHARING_REQUEST_OVERDUE, GRANT_EXPIRING], resourceId: $r) { kind subjectId } }",
            new { r = (string)resource["id"]! });

        // 30 December: the request is overdue, the grant ends within the 14 days' notice.
        host.Clock.Now = new DateTimeOffset(2026, 12, 30, 2, 0, 0, TimeSpan.Zero);
        var received = new List<(string Kind, string Subject)>();
        try
        {
            while (true)
            {
                var events = (await socket.ReceiveAsync(TimeSpan.FromSeconds(4)))["payload"]!["data"]!["events"]!;
                received.Add(((string)events["kind"]!, (string)events["subjectId"]!));
            }
        }
        catch (TimeoutException)
        {
            // Several sweeps have run by now: what they raised has all arrived.
        }
        Assert.Contains(("SHARING_REQUEST_OVERDUE", (string)pending["id"]!), received);
        Assert.Contains(("GRANT_EXPIRING", (string)grant["id"]!), received);
        Assert.Equal(received.Count, received.Distinct().Count());

        // Noon has passed: the socket is closed, and a new token is needed.
        host.Clock.Now = new DateTimeOffset(2026, 12, 30, 12, 0, 1, TimeSpan.Zero);
        Assert.Equal((WebSocketCloseStatus)4403, (await socket.ClosedAsync()).Status);
    }
}
