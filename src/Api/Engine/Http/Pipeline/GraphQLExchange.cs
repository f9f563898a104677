namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>One HTTP request on its way through the endpoint's stages: what the earlier stages found
/// (the response media type, the request as read) for the later ones.</summary>
public sealed class GraphQLExchange(HttpContext http)
{
    public HttpContext Http { get; } = http;
    public CancellationToken Aborted => Http.RequestAborted;
    /// <summary>The negotiated response media type; JSON until negotiation has run.</summary>
    public string MediaType { get; set; } = GraphQLMediaTypes.Json;
    /// <summary>The request as read: one operation or a batch; null until read, or when unreadable.</summary>
    public GraphQLHttpRequest? Request { get; set; }
}
