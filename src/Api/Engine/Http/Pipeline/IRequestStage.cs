namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>A check of the whole HTTP request, before any operation runs (method, Accept, budget, token).</summary>
public interface IRequestStage
{
    /// <returns>A refusal answers the request (for a batch, once per entry); null lets it go on.</returns>
    ValueTask<TransportError?> RunAsync(GraphQLExchange exchange);
}
