using System.Diagnostics;
using System.Net.WebSockets;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Engine.Http;

/// <summary>
/// An instance stopped the way an orchestrator stops it (SIGTERM): its WebSocket subscribers are told "going away"
/// (1001) at once and its event streams end, so that they reconnect elsewhere, and the process exits cleanly well
/// within its drain time.
/// A real process: a test host is not stopped by a signal.
/// </summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task SIGTERM_closes_subscriptions_with_going_away_and_the_process_exits_cleanly()
    {
        var port = ApiProcess.FreePort();
        await using var api = await ApiProcess.StartAsync(port, ["--urls", $"http://127.0.0.1:{port}"], new()
        {
            ["Database__MigrateOnStartup"] = "true",
            ["Database__SeedDemoData"] = "true",
            ["Server__DrainTime"] = "00:00:20",
        });
        var token = (await api.TokenAsync("--role", "Gov.CommitteeOffice", "--dept", "XXB")).Trim();
        var client = new ClientWebSocket();
        client.Options.AddSubProtocol("graphql-transport-ws");
        await client.ConnectAsync(new Uri($"ws://127.0.0.1:{api.Port}/graphql"), CancellationToken.None);
        await using var socket = new GraphQLSocket(client);
        await socket.InitAsync(token);
        await socket.SubscribeAsync("1", "subscription { events { kind } }");
        // And one over Server-Sent Events, listening once its first comment arrives.
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Post, api.GraphQLUrl)
        {
            Content = new StringContent("{\"query\":\"subscription { events { kind } }\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var stream = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var events = new StreamReader(await stream.Content.ReadAsStreamAsync());
        Assert.Equal(": listening", await events.ReadLineAsync());

        var stopping = Stopwatch.StartNew();
        var exit = api.TerminateAsync(TimeSpan.FromSeconds(30));
        var (status, reason) = await socket.ClosedAsync();
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, status);
        Assert.Contains("Going away", reason);
        // The stream ends without "complete" (the client takes it for a lost connection and reconnects).
        var rest = await events.ReadToEndAsync();
        Assert.DoesNotContain("event: complete", rest);
        Assert.Equal(0, await exit);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15), $"took {stopping.Elapsed} to stop");
    }
}
