using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.RateLimiting;

namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>
/// Every request pays one permit of its caller's budget before anything runs, so that malformed requests
/// are not free (429 over it), and is read (one request, a batch, or a 4xx for what cannot be read). The
/// body is read even when the budget is spent: a refused batch is answered with an array of its own
/// length, which batching clients (Apollo's BatchHttpLink) match entry by entry.
/// </summary>
public sealed class AdmissionStage(RequestRateLimiter rateLimiter, GraphQLRequestReader reader) : IRequestStage
{
    public async ValueTask<TransportError?> RunAsync(GraphQLExchange exchange)
    {
        var granted = (await rateLimiter.TakeAsync(exchange.Http, 1)).Granted;
        var (request, error) = await reader.ReadAsync(exchange.Http.Request, exchange.Aborted);
        exchange.Request = request;
        if (!granted) return new TransportError(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, RequestRateLimiter.RefusalMessage);
        return error;
    }
}
