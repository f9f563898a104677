using InfoGov.Api.Engine.Streaming;

namespace InfoGov.Api.Engine.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Maps the GraphQL endpoint for every method, so that methods other than GET and POST get 405.
    /// WebSocket upgrades (graphql-transport-ws) and requests for an event stream (graphql-sse) go to
    /// their transports; everything else is GraphQL over HTTP.</summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.Map(pattern, (HttpContext http, GraphQLEndpoint endpoint) =>
        {
            if (http.WebSockets.IsWebSocketRequest) return http.RequestServices.GetRequiredService<GraphQLWebSockets>().HandleAsync(http);
            if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsPost(http.Request.Method)) && ServerSentEventsTransport.IsRequested(http.Request))
                return http.RequestServices.GetRequiredService<ServerSentEventsTransport>().HandleAsync(http);
            return endpoint.HandleAsync(http);
        });
}
