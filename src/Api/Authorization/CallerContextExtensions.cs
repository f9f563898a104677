using GraphQL;
using InfoGov.Api.Authentication;

namespace InfoGov.Api.Authorization;

/// <summary>The caller of the request being executed.</summary>
public static class CallerContextExtensions
{
    public static Caller Caller(this IResolveFieldContext context) =>
        Authorization.Caller.From(context.User, context.RequestServices!.GetRequiredService<AccessTokenOptions>().DepartmentClaim);
}
