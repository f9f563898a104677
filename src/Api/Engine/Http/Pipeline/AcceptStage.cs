using InfoGov.Api.Engine.Errors;

namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>Chooses the response media type from the Accept header (406 when neither JSON type is acceptable).</summary>
public sealed class AcceptStage : IRequestStage
{
    public ValueTask<TransportError?> RunAsync(GraphQLExchange exchange)
    {
        if (GraphQLMediaTypes.Negotiate(exchange.Http.Request.Headers.Accept) is { } mediaType)
        {
            exchange.MediaType = mediaType;
            return ValueTask.FromResult<TransportError?>(null);
        }
        return ValueTask.FromResult<TransportError?>(new TransportError(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
            $"The Accept header allows neither {GraphQLMediaTypes.GraphQLResponseJson} nor {GraphQLMediaTypes.Json}."));
    }
}
