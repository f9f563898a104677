using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.TestHost;

/// <summary>A graphql-transport-ws client over the test host's WebSocket support: what the npm
/// graphql-ws client sends, message by message, so that tests can also send what it never would.</summary>
public sealed class GraphQLSocket(WebSocket socket) : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private int _barriers;

    public WebSocket Socket => socket;

    public static async Task<GraphQLSocket> ConnectAsync<T>(WebApplicationFactory<T> host, string? authorization = null) where T : class
    {
        var client = host.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        if (authorization is not null) client.ConfigureRequest = request => request.Headers.Authorization = authorization;
        return new GraphQLSocket(await client.ConnectAsync(new Uri(host.Server.BaseAddress, "graphql"), CancellationToken.None));
    }

    /// <summary>Sends connection_init with the token in its payload and expects connection_ack.</summary>
    public async Task InitAsync(string? token)
    {
        await SendAsync(new { type = "connection_init", payload = token is null ? null : new { Authorization = "Bearer " + token } });
        var ack = await ReceiveAsync();
        Assert.True((string?)ack["type"] == "connection_ack", $"Expected connection_ack, got {ack}");
    }

    /// <summary>Subscribes, and returns once the server listens: it handles a connection's messages in
    /// order, so when a query sent after the subscription has completed, the subscription is in place.</summary>
    public async Task SubscribeAsync(string id, string query, object? variables = null)
    {
        await SendAsync(new { id, type = "subscribe", payload = new { query, variables } });
        var barrier = $"barrier-{++_barriers}";
        await SendAsync(new { id = barrier, type = "subscribe", payload = new { query = "{ __typename }" } });
        while (true)
        {
            var message = await ReceiveAsync();
            if ((string?)message["id"] == barrier && (string?)message["type"] == "complete") return;
            if ((string?)message["id"] == id) throw new InvalidOperationException($"Subscription {id} answered before any event: {message}");
        }
    }

    public Task SendAsync(object message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(message)), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message; a TimeoutException when none comes within <paramref name="timeout"/>.</summary>
    public async Task<JObject> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? Patience);
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        try
        {
            do
            {
                result = await socket.ReceiveAsync(buffer, cancel.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    throw new WebSocketClosedException(result.CloseStatus, result.CloseStatusDescription);
                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            } while (!result.EndOfMessage);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No message within {(timeout ?? Patience).TotalSeconds} s.");
        }
        return JObject.Parse(text.ToString());
    }

    /// <summary>Reads until the server closes; returns its close status.</summary>
    public async Task<(WebSocketCloseStatus? Status, string? Reason)> ClosedAsync()
    {
        try
        {
            while (true) await ReceiveAsync();
        }
        catch (WebSocketClosedException closed)
        {
            return (closed.Status, closed.Reason);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", cancel.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }
        socket.Dispose();
    }
}

public sealed class WebSocketClosedException(WebSocketCloseStatus? status, string? reason) : Exception($"Closed: {status} {reason}")
{
    public WebSocketCloseStatus? Status { get; } = status;
    public string? Reason { get; } = reason;
}
