using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQLParser.AST;
using InfoGov.Api.Engine.Errors;

namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>A request's query checked for presence and length, and parsed once (the cache keeps it).</summary>
public sealed class DocumentParsing(IDocumentBuilder documentBuilder, ParsedDocumentCache documents, GraphQLEndpointOptions options)
{
    public TransportError? Check(GraphQLRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
            return new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.QueryMissing, "The request has no 'query'.");
        if (request.Query.Length > options.MaxQueryLength)
            return new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooLarge,
                $"The query is {request.Query.Length} characters long; at most {options.MaxQueryLength} are accepted.");
        return null;
    }

    /// <summary>The parsed document, or null when it does not parse: the executer then reports the syntax error as usual.</summary>
    public GraphQLDocument? Parse(string query)
    {
        try
        {
            return documents.GetOrParse(query, documentBuilder.Build);
        }
        catch (ExecutionError)
        {
            return null;
        }
    }
}
