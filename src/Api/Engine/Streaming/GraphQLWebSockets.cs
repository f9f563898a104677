using GraphQL;
using InfoGov.Api.Engine.Common;

namespace InfoGov.Api.Engine.Streaming;

/// <summary>Accepts WebSocket upgrades on the GraphQL endpoint for the graphql-transport-ws protocol.</summary>
public sealed class GraphQLWebSockets(
    StreamingExecutor executor, BearerTokens tokens, SubscriptionCounter counter, StreamingOptions options, Clock clock, IGraphQLTextSerializer serializer, ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<GraphQLWebSocketSession>();

    public async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWebSocketSession.Protocol))
        {
            // Refused before the upgrade: the legacy subscriptions-transport-ws protocol ("graphql-ws") is not spoken.
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync($"Use the WebSocket subprotocol '{GraphQLWebSocketSession.Protocol}'.", http.RequestAborted);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(GraphQLWebSocketSession.Protocol);
        await new GraphQLWebSocketSession(http, socket, executor, tokens, counter, options, clock, serializer, _logger).RunAsync();
    }
}
