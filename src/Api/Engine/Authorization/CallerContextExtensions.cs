using GraphQL;
using InfoGov.Api.Engine.Authentication;

namespace InfoGov.Api.Engine.Authorization;

/// <summary>The caller of the request being executed, read from the token once per request.</summary>
public static class CallerContextExtensions
{
    private const string Key = "InfoGov.Caller";

    public static Caller Caller(this IResolveFieldContext context)
    {
        if (context.UserContext.TryGetValue(Key, out var cached) && cached is Caller caller) return caller;
        caller = Authorization.Caller.From(context.User, context.RequestServices!.GetRequiredService<AccessTokenOptions>().DepartmentClaim);
        context.UserContext[Key] = caller;
        return caller;
    }
}
