using GraphQL.Validation;
using GraphQLParser.AST;

namespace InfoGov.Api.Engine.Http;

/// <summary>Subscriptions need a streaming transport; a plain POST cannot carry them.</summary>
public sealed class NoSubscriptionsOverHttpRule : ValidationRuleBase
{
    public static readonly NoSubscriptionsOverHttpRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Subscription)
            context.ReportError(new ValidationError(context.Document.Source, null, "Subscriptions are not served over HTTP POST.", context.Operation)
            {
                Code = "SUBSCRIPTIONS_NOT_SUPPORTED",
            });
        return default;
    }
}
