using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using InfoGov.Api.Engine.Errors;

namespace InfoGov.Api.Engine.Http;

/// <summary>A mutation (or subscription) sent with GET, which may only carry queries.</summary>
public sealed class MethodNotAllowedError : ValidationError
{
    public MethodNotAllowedError(ROM source, ASTNode node, OperationType operation)
        : base(source, null, $"A {operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.", node)
    {
        Code = ErrorCodes.MethodNotAllowed;
    }
}
