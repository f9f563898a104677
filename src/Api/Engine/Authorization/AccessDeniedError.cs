using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using InfoGov.Api.Engine.Errors;

namespace InfoGov.Api.Engine.Authorization;

/// <summary>A selected element the caller may not read: AUTH_NOT_AUTHENTICATED for an anonymous
/// caller (401), AUTH_NOT_AUTHORIZED for a caller without the role (403).</summary>
public sealed class AccessDeniedError : ValidationError
{
    public AccessDeniedError(ROM source, ASTNode node, string element, Access access, bool authenticated)
        : base(source, null, authenticated
            ? $"Access denied to {element}. {access.Describe()}"
            : $"Authentication required to read {element}. {access.Describe()}", node)
    {
        Code = authenticated ? ErrorCodes.NotAuthorized : ErrorCodes.NotAuthenticated;
        IsAuthenticationMissing = !authenticated;
    }

    public bool IsAuthenticationMissing { get; }

    /// <summary>The HTTP status for errors that are all access refusals: 401 when only authentication
    /// is missing, 403 when a role is; null when any other error is among them (or there is none).</summary>
    public static int? StatusOf(GraphQL.ExecutionErrors? errors) =>
        errors is { Count: > 0 } && errors.All(e => e is AccessDeniedError)
            ? errors.Any(e => e is AccessDeniedError { IsAuthenticationMissing: false }) ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized
            : null;
}
