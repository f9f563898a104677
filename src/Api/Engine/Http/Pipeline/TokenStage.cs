using GraphQL.Transport;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Errors;

namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>A token that was presented but failed validation is refused outright (401), whatever is
/// selected: silently treating the caller as anonymous would hide an expired or forged token. The
/// refusal is audited for every operation of the request that parses.</summary>
public sealed class TokenStage(DocumentParsing parsing, RefusalAudit audit) : IRequestStage
{
    public async ValueTask<TransportError?> RunAsync(GraphQLExchange exchange)
    {
        var http = exchange.Http;
        if (await TokenFailure.OfRequestAsync(http) is not { } failure) return null;
        var reason = "The access token was refused: " + TokenFailure.Describe(failure);
        foreach (var item in exchange.Request!.Requests.OfType<GraphQLRequest>())
            if (parsing.Check(item) is null && parsing.Parse(item.Query!) is { } document)
                await audit.RecordAsync(http, document, item, ErrorCodes.NotAuthenticated, reason);
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return new TransportError(StatusCodes.Status401Unauthorized, ErrorCodes.NotAuthenticated, reason);
    }
}
