using GraphQLParser.AST;

namespace InfoGov.Api.Engine.Http;

/// <summary>Which operation of a parsed document a request runs.</summary>
public static class DocumentOperations
{
    /// <summary>The operation named <paramref name="name"/>, or the first when no name is given; null when there is none
    /// (GraphQL.NET reports a missing or ambiguous operation itself).</summary>
    public static GraphQLOperationDefinition? Select(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>();
        return name is null ? operations.FirstOrDefault() : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }
}
