using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using InfoGov.Api.Engine.Authentication;

namespace InfoGov.Api.Engine.Authorization;

/// <summary>
/// Checks, before execution, that the caller's roles admit every field the operation would
/// execute and the type each is selected on: through fragments, inline fragments and aliases,
/// honouring @skip and @include. Department scope depends on data and is checked while resolving
/// (<see cref="DepartmentScopeMiddleware"/>). Introspection is open in Development and, elsewhere,
/// to authenticated callers unless configured otherwise.
/// </summary>
public sealed class FieldAccessRule(bool introspectionForAnonymous) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var departmentClaim = context.RequestServices?.GetService<AccessTokenOptions>()?.DepartmentClaim ?? "dept";
        return new(new Visitor(Caller.From(context.User, departmentClaim), introspectionForAnonymous));
    }

    private sealed class Visitor(Caller caller, bool introspectionForAnonymous) : INodeVisitor
    {
        private HashSet<GraphQLFragmentDefinition>? _fragments;
        private bool _active;
        private ASTNode? _skipped;

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            _fragments ??= context.GetRecursivelyReferencedFragments(context.Operation, true)?.ToHashSet() ?? [];
            if (node is GraphQLOperationDefinition operation) _active = operation == context.Operation;
            else if (node is GraphQLFragmentDefinition fragment) _active = _fragments.Contains(fragment);
            if (!_active || _skipped is not null) return default;
            if (!context.ShouldIncludeNode(node))
            {
                _skipped = node;
                return default;
            }
            if (node is GraphQLField field) Check(field, context);
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            if (node == _skipped) _skipped = null;
            return default;
        }

        private void Check(GraphQLField node, ValidationContext context)
        {
            var name = node.Name.StringValue;
            if (name == "__typename") return;
            if (name is "__schema" or "__type")
            {
                if (!caller.IsAuthenticated && !introspectionForAnonymous)
                    context.ReportError(new AccessDeniedError(context.Document.Source, node, "introspection", Access.Government, authenticated: false));
                return;
            }
            var parent = context.TypeInfo.GetParentType()?.GetNamedType();
            if (parent is null || parent.Name.StartsWith("__", StringComparison.Ordinal)) return;
            var field = context.TypeInfo.GetFieldDef();
            if (field is null) return; // unknown fields are reported by the core rules

            if (parent.AccessOf() is { } typeAccess && !typeAccess.Admits(caller))
                context.ReportError(new AccessDeniedError(context.Document.Source, node, $"type '{parent.Name}'", typeAccess, caller.IsAuthenticated));
            else if (field.AccessOf() is { } fieldAccess && !fieldAccess.Admits(caller))
                context.ReportError(new AccessDeniedError(context.Document.Source, node, $"field '{parent.Name}.{field.Name}'", fieldAccess, caller.IsAuthenticated));
            else if (field.AccessOf() is null && parent.AccessOf() is null)
                context.ReportError(new AccessDeniedError(context.Document.Source, node, $"field '{parent.Name}.{field.Name}'", Access.Roles(), caller.IsAuthenticated));
        }
    }
}
