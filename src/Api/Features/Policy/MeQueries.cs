using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Policy;

/// <summary>The root field <c>me</c>.</summary>
public static class MeQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<CallerGraphType>("me")
            .ReadableBy(Readers.Anyone)
            .Description("The caller as identified by the access token; null for an anonymous caller.")
            .Resolve(ctx => ctx.Caller() is { IsAuthenticated: true } caller ? caller : null);
}
