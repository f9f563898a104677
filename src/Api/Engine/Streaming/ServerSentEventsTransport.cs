using System.Text;
using System.Threading.Channels;
using GraphQL;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Http;

namespace InfoGov.Api.Engine.Streaming;

/// <summary>
/// GraphQL over Server-Sent Events, distinct connections mode (the npm graphql-sse client's default):
/// a GET or POST to /graphql that prefers text/event-stream to JSON gets the results as "next" events and a
/// final "complete". Errors found before execution are sent as a "next" event too, as the protocol
/// asks. The client ends a subscription by closing the request; the server ends it when the access
/// token expires, and drops it when the host shuts down (the client reconnects). A comment line every few seconds keeps proxies from closing a quiet stream.
/// </summary>
public sealed class ServerSentEventsTransport(
    StreamingExecutor executor, SubscriptionCounter counter, StreamingOptions options, GraphQLRequestReader reader, Clock clock, IGraphQLTextSerializer serializer)
{
    public const string MediaType = GraphQLMediaTypes.EventStream;

    /// <summary>Whether the request asks for an event stream rather than one JSON answer.</summary>
    public static bool IsRequested(HttpRequest request) => GraphQLMediaTypes.PrefersEventStream(request.Headers.Accept);

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var (read, error) = await reader.ReadAsync(http.Request, cancellationToken);
        if (error is null && read!.IsBatch) error = new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "An event stream carries one operation, not a batch.");
        if (error is null && await TokenFailure.OfRequestAsync(http) is { } failure)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            error = new TransportError(StatusCodes.Status401Unauthorized, ErrorCodes.NotAuthenticated, "The access token was refused: " + TokenFailure.Describe(failure));
        }
        if (error is not null)
        {
            http.Response.StatusCode = error.StatusCode;
            http.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, GraphQLErrors.Result(error.Code, error.Message), cancellationToken);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache, no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.Body.FlushAsync(cancellationToken);

        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var result = await executor.ExecuteAsync(http, http.User, scope.ServiceProvider, read!.Requests[0]!, cancellationToken);
        if (!result.Executed || result.Streams is not { Count: > 0 } streams)
        {
            await WriteAsync(http, "next", serializer.Serialize(result), cancellationToken);
            await WriteAsync(http, "complete", "", cancellationToken);
            return;
        }
        var callerKey = SubscriptionCounter.KeyOf(http.User);
        if (!counter.TryTake(callerKey))
        {
            await WriteAsync(http, "next", serializer.Serialize(GraphQLErrors.Result(ErrorCodes.SubscriptionLimitExceeded,
                "This caller has the most subscriptions allowed open already; close one first.")), cancellationToken);
            await WriteAsync(http, "complete", "", cancellationToken);
            return;
        }
        // On shutdown the stream ends at once, without "complete": the client takes it for a lost connection and
        // reconnects (to another instance behind the balancer), rather than keeping the host from stopping.
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        try
        {
            await StreamAsync(http, streams.Values.Single(), ending.Token);
        }
        catch (OperationCanceledException) when (ending.IsCancellationRequested)
        {
            // The client closed the stream (that is how it ends a subscription), or the host is stopping.
        }
        finally
        {
            counter.Release(callerKey);
        }
    }

    private async Task StreamAsync(HttpContext http, IObservable<ExecutionResult> stream, CancellationToken cancellationToken)
    {
        var results = Channel.CreateUnbounded<ExecutionResult?>(new UnboundedChannelOptions { SingleReader = true });
        using var subscription = stream.Subscribe(new Observer(results.Writer));
        // A comment (clients ignore it) that says the subscription is listening: a caller that waits
        // for it knows that any change committed from now on reaches it.
        await http.Response.WriteAsync(": listening\n\n", cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
        var expires = BearerTokens.ExpiryOf(http.User);
        var reading = results.Reader.ReadAsync(cancellationToken).AsTask();
        while (true)
        {
            var wait = options.KeepAliveInterval;
            if (expires is { } at && at - clock.Now < wait) wait = at - clock.Now;
            if (wait > TimeSpan.Zero && await Task.WhenAny(reading, Task.Delay(wait, cancellationToken)) == reading)
            {
                var next = await reading;
                if (next is null) break; // the stream completed
                await WriteAsync(http, "next", serializer.Serialize(next), cancellationToken);
                reading = results.Reader.ReadAsync(cancellationToken).AsTask();
                continue;
            }
            if (expires is { } end && clock.Now >= end) break; // the token expired: the client reconnects with a new one
            await http.Response.WriteAsync(": keep-alive\n\n", cancellationToken);
            await http.Response.Body.FlushAsync(cancellationToken);
        }
        await WriteAsync(http, "complete", "", cancellationToken);
    }

    private sealed class Observer(ChannelWriter<ExecutionResult?> results) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => results.TryWrite(value);

        public void OnError(Exception error)
        {
            results.TryWrite(GraphQLErrors.Result(ErrorCodes.Internal, "The subscription failed. It has been logged."));
            results.TryWrite(null);
        }

        public void OnCompleted() => results.TryWrite(null);
    }

    private static async Task WriteAsync(HttpContext http, string eventName, string data, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("event: ").Append(eventName).Append('\n');
        // A data line may not contain a line break; JSON from the serializer has none, but stay safe.
        foreach (var line in data.Split('\n')) text.Append("data: ").Append(line).Append('\n');
        text.Append('\n');
        await http.Response.WriteAsync(text.ToString(), Encoding.UTF8, cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }
}
