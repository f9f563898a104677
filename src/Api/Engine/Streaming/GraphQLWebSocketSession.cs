using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Errors;

namespace InfoGov.Api.Engine.Streaming;

/// <summary>
/// One WebSocket connection speaking graphql-transport-ws (the protocol of the npm graphql-ws client).
/// The client authenticates with the upgrade request's Authorization header or with a bearer token in
/// the connection_init payload ("Authorization": "Bearer …"); without valid credentials the socket is
/// closed (4403), as it is when connection_init does not come in time (4408), when the token expires
/// (4403), when no subscription has been active for the idle timeout (1000), and when the server shuts
/// down (1001, going away: the client reconnects, through a balancer to another instance). Outgoing messages
/// go through one queue: a WebSocket allows one send at a time.
/// </summary>
public sealed class GraphQLWebSocketSession(
    HttpContext http, WebSocket socket, StreamingExecutor executor, BearerTokens tokens, SubscriptionCounter counter,
    StreamingOptions options, Clock clock, IGraphQLTextSerializer serializer, ILogger logger)
{
    public const string Protocol = "graphql-transport-ws";

    private readonly Channel<string> _outgoing = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, Operation> _operations = new();
    private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private ClaimsPrincipal? _user;
    private string? _callerKey;
    private bool _initReceived;
    // Timeouts run on elapsed time; only the token's expiry is judged by the application's clock, as its validation was.
    private long _idleSince;
    private (WebSocketCloseStatus Status, string Reason)? _close;

    /// <summary>A running operation: its scope, its stream subscription and whether it holds a place in the caller's count.</summary>
    private sealed class Operation(AsyncServiceScope scope, CancellationTokenSource stop)
    {
        public AsyncServiceScope Scope { get; } = scope;
        public CancellationTokenSource Stop { get; } = stop;
        public IDisposable? Stream { get; set; }
        public bool Counted { get; set; }
    }

    public async Task RunAsync()
    {
        _idleSince = Stopwatch.GetTimestamp();
        var writer = WriteLoopAsync();
        var watchdog = WatchAsync();
        try
        {
            await ReceiveLoopAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away, or did not answer the close in time.
        }
        finally
        {
            foreach (var id in _operations.Keys) await EndAsync(id);
            // Whatever is queued is sent, then the close frame.
            _outgoing.Writer.TryComplete();
            await writer;
            await _closing.CancelAsync();
            await watchdog;
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (!_closing.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            buffer.Clear();
            ValueWebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer.GetMemory(4096), _closing.Token);
                buffer.Advance(received.Count);
                if (buffer.WrittenCount > options.MaxMessageBytes)
                {
                    Close(WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {options.MaxMessageBytes} bytes.");
                    return;
                }
            } while (!received.EndOfMessage);
            if (received.MessageType == WebSocketMessageType.Close) return;
            if (!await HandleAsync(buffer.WrittenMemory)) return;
        }
    }

    /// <returns>False when the session must end.</returns>
    private async Task<bool> HandleAsync(ReadOnlyMemory<byte> data)
    {
        string? type, id;
        JsonElement payload;
        try
        {
            using var message = JsonDocument.Parse(data);
            var root = message.RootElement;
            type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            payload = root.TryGetProperty("payload", out var p) ? p.Clone() : default;
        }
        catch (JsonException)
        {
            return Close(4400, "Invalid message: not JSON.");
        }

        switch (type)
        {
            case "connection_init":
                return await InitAsync(payload);
            case "ping":
                Send(new { type = "pong" });
                return true;
            case "pong":
                return true;
            case "subscribe":
                if (_user is null) return Close(4401, "Unauthorized: send connection_init and wait for connection_ack.");
                if (string.IsNullOrEmpty(id)) return Close(4400, "A subscribe message needs an id.");
                if (_operations.ContainsKey(id)) return Close(4409, $"Subscriber for {id} already exists.");
                await SubscribeAsync(id, payload);
                return true;
            case "complete":
                if (id is not null) await EndAsync(id);
                return true;
            default:
                return Close(4400, $"Unknown message type '{type}'.");
        }
    }

    private async Task<bool> InitAsync(JsonElement payload)
    {
        if (_initReceived) return Close(4429, "Too many initialisation requests.");
        _initReceived = true;
        var user = http.User;
        if (TokenIn(payload) is { } token)
        {
            var (validated, refusal) = await tokens.ValidateAsync(token, _closing.Token);
            if (validated is null) return Close(4403, "Forbidden: the access token was refused: " + refusal);
            user = validated;
        }
        if (user.Identity?.IsAuthenticated != true)
            return Close(4403, "Forbidden: subscriptions need an access token (Authorization header, or \"Authorization\": \"Bearer …\" in the connection_init payload).");
        // The connection's context carries the user from now on: every event is read as this caller.
        http.User = _user = user;
        _callerKey = SubscriptionCounter.KeyOf(user);
        Send(new { type = "connection_ack" });
        return true;
    }

    private static string? TokenIn(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object) return null;
        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String) continue;
            var value = property.Value.GetString()!;
            if (property.Name.Equals("authorization", StringComparison.OrdinalIgnoreCase))
                return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value[7..].Trim() : value.Trim();
            if (property.Name is "token" or "accessToken") return value.Trim();
        }
        return null;
    }

    private async Task SubscribeAsync(string id, JsonElement payload)
    {
        GraphQLRequest? request;
        try
        {
            request = payload.ValueKind == JsonValueKind.Object ? serializer.Deserialize<GraphQLRequest>(payload.GetRawText()) : null;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            request = null;
        }
        if (request is null)
        {
            SendErrors(id, GraphQLErrors.Result(ErrorCodes.InvalidRequest, "The subscribe payload must be a GraphQL request: {\"query\": …}."));
            return;
        }
        var operation = new Operation(http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope(),
            CancellationTokenSource.CreateLinkedTokenSource(_closing.Token));
        _operations[id] = operation;
        var result = await executor.ExecuteAsync(http, _user!, operation.Scope.ServiceProvider, request, operation.Stop.Token);
        if (!result.Executed || result.Streams is not { Count: > 0 } streams)
        {
            if (result.Executed) Send(new { id, type = "next" }, result);
            else SendErrors(id, result);
            if (result.Executed) Send(new { id, type = "complete" });
            await EndAsync(id);
            return;
        }
        // Only running subscriptions count: a query or mutation over the socket ends with its answer.
        if (_operations.Values.Count(o => o.Counted) >= options.MaxPerConnection)
        {
            SendErrors(id, GraphQLErrors.Result(ErrorCodes.SubscriptionLimitExceeded, $"At most {options.MaxPerConnection} subscriptions run on one connection; complete one first."));
            await EndAsync(id);
            return;
        }
        if (!counter.TryTake(_callerKey!))
        {
            SendErrors(id, GraphQLErrors.Result(ErrorCodes.SubscriptionLimitExceeded, "This caller has the most subscriptions allowed open already; complete one first."));
            await EndAsync(id);
            return;
        }
        operation.Counted = true;
        operation.Stream = streams.Values.Single().Subscribe(new Observer(this, id));
    }

    private void LogFailure(Exception error, string id) => logger.LogWarning(error, "Subscription {Id} failed", id);

    private sealed class Observer(GraphQLWebSocketSession session, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => session.Send(new { id, type = "next" }, value);

        public void OnError(Exception error)
        {
            session.LogFailure(error, id);
            session.SendErrors(id, GraphQLErrors.Result(ErrorCodes.Internal, "The subscription failed. It has been logged."));
            _ = session.EndAsync(id);
        }

        public void OnCompleted()
        {
            session.Send(new { id, type = "complete" });
            _ = session.EndAsync(id);
        }
    }

    private async Task EndAsync(string id)
    {
        if (!_operations.TryRemove(id, out var operation)) return;
        operation.Stream?.Dispose();
        await operation.Stop.CancelAsync();
        if (operation.Counted) counter.Release(_callerKey!);
        await operation.Scope.DisposeAsync();
        if (_operations.IsEmpty) _idleSince = Stopwatch.GetTimestamp();
    }

    /// <summary>Closes the session on a missing init, an expired token or idleness.</summary>
    private async Task WatchAsync()
    {
        var opened = Stopwatch.GetTimestamp();
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        try
        {
            while (!_closing.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), _closing.Token);
                if (stopping.IsCancellationRequested)
                    Close(WebSocketCloseStatus.EndpointUnavailable, "Going away: the server is shutting down; reconnect.");
                else if (_user is null && Stopwatch.GetElapsedTime(opened) > options.ConnectionInitTimeout)
                    Close(4408, "Connection initialisation timeout.");
                else if (_user is not null && BearerTokens.ExpiryOf(_user) is { } expires && clock.Now >= expires)
                    Close(4403, "Forbidden: the access token expired; connect again with a new one.");
                else if (_operations.IsEmpty && Stopwatch.GetElapsedTime(_idleSince) > options.IdleTimeout)
                    Close(WebSocketCloseStatus.NormalClosure, "Idle: no subscription was active.");
            }
        }
        catch (OperationCanceledException)
        {
            // The session ended.
        }
    }

    private bool Close(int status, string reason) => Close((WebSocketCloseStatus)status, reason);

    /// <summary>Ends the session: what is queued is sent, then a close frame with this status. The
    /// receive loop then ends with the client's answering close (or after five seconds without one).</summary>
    private bool Close(WebSocketCloseStatus status, string reason)
    {
        _close ??= (status, reason);
        _outgoing.Writer.TryComplete();
        return false;
    }

    private async Task CloseSocketAsync()
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        var (status, reason) = _close ?? (WebSocketCloseStatus.NormalClosure, "Bye.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            // Close reasons are limited to 123 bytes.
            await socket.CloseOutputAsync(status, reason.Length > 60 ? reason[..60] : reason, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Gone already.
        }
        _closing.CancelAfter(TimeSpan.FromSeconds(5));
    }

    private void SendErrors(string id, ExecutionResult result) =>
        _outgoing.Writer.TryWrite($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"error\",\"payload\":{serializer.Serialize(result.Errors)}}}");

    private void Send(object message, ExecutionResult? payload = null)
    {
        var text = JsonSerializer.Serialize(message);
        if (payload is not null) text = text[..^1] + ",\"payload\":" + serializer.Serialize(payload) + "}";
        _outgoing.Writer.TryWrite(text);
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            await foreach (var text in _outgoing.Reader.ReadAllAsync())
            {
                if (socket.State != WebSocketState.Open) break;
                await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, http.RequestAborted);
            }
            await CloseSocketAsync();
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            await _closing.CancelAsync();
        }
    }
}
