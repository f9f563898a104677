using GraphQL.Validation;
using GraphQLParser.AST;

namespace InfoGov.Api.Engine.Http;

/// <summary>GET is safe and cacheable, so it may only carry queries (GraphQL over HTTP: 405 otherwise).</summary>
public sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public static readonly QueriesOnlyOverGetRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
            context.ReportError(new MethodNotAllowedError(context.Document.Source, context.Operation, context.Operation.Operation));
        return default;
    }
}
