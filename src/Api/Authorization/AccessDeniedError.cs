using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using InfoGov.Api.Errors;

namespace InfoGov.Api.Authorization;

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
}
