using InfoGov.Api.Engine.Errors;

namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>GraphQL over HTTP is GET and POST; any other method is 405 with an Allow header.</summary>
public sealed class MethodStage : IRequestStage
{
    public ValueTask<TransportError?> RunAsync(GraphQLExchange exchange)
    {
        var method = exchange.Http.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsPost(method)) return ValueTask.FromResult<TransportError?>(null);
        exchange.Http.Response.Headers.Allow = "GET, POST";
        return ValueTask.FromResult<TransportError?>(new TransportError(StatusCodes.Status405MethodNotAllowed,
            ErrorCodes.MethodNotAllowed, $"Method {method} is not allowed; use GET or POST."));
    }
}
