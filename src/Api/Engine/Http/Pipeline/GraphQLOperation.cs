using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using InfoGov.Api.Engine.Errors;

namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>One operation of a request (the request itself, or one entry of a batch) on its way
/// through the operation stages.</summary>
public sealed class GraphQLOperation(GraphQLExchange exchange, GraphQLRequest request)
{
    public GraphQLExchange Exchange { get; } = exchange;
    public HttpContext Http => Exchange.Http;
    /// <summary>The request; a persisted document's stage replaces a hash with the document it names.</summary>
    public GraphQLRequest Request { get; set; } = request;
    /// <summary>The parsed document; null when it does not parse (the executer then reports the syntax error).</summary>
    public GraphQLDocument? Document { get; set; }
}

/// <summary>What an operation came to and, when it is not the usual one for the result, the HTTP status it calls for.</summary>
public sealed record OperationOutcome(ExecutionResult Result, int? Status = null)
{
    public static OperationOutcome Refused(string code, string message, int status) => new(GraphQLErrors.Result(code, message), status);
}
