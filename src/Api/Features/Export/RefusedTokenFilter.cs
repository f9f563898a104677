using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Errors;

namespace InfoGov.Api.Features.Export;

/// <summary>
/// Refuses a request that carries a bearer token the API does not accept (garbage, expired, unsigned,
/// of another issuer) with 401, as <c>/graphql</c> does, instead of serving it the anonymous view: a
/// client whose token went bad must hear so, not receive less data as if nothing were wrong.
/// </summary>
public sealed class RefusedTokenFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (await TokenFailure.OfRequestAsync(http) is { } failure)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return CsvExportEndpoint.Problem(StatusCodes.Status401Unauthorized, ErrorCodes.NotAuthenticated,
                "The access token was refused: " + TokenFailure.Describe(failure));
        }
        return await next(context);
    }
}
