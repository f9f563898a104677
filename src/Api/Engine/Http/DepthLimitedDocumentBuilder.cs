using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using InfoGov.Api.Engine.Errors;

namespace InfoGov.Api.Engine.Http;

/// <summary>
/// GraphQL.NET's document builder, with a document nested past the parser's depth limit refused like
/// the other document limits: the parser throws <see cref="GraphQLMaxDepthExceededException"/>, which
/// is not an <see cref="ExecutionError"/>, so every transport took it for a fault of the server (HTTP
/// 500, the whole WebSocket closed). Here it becomes a coded request error (QUERY_TOO_DEEP).
/// </summary>
public sealed class DepthLimitedDocumentBuilder : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder _parser = new();

    public GraphQLDocument Build(string body)
    {
        try
        {
            return _parser.Build(body);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new ExecutionError($"The document is nested deeper than the parser accepts ({_parser.MaxDepth ?? 128} levels).") { Code = ErrorCodes.QueryTooDeep };
        }
    }
}
