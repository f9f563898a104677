using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace InfoGov.Api.Engine.Http;

/// <summary>
/// The size of an operation as it would execute, measured on the parsed document before validation
/// or execution, in time linear in the document: each fragment is measured once and its measure
/// reused wherever it is spread, so a document of nested fragment spreads is refused at once
/// instead of being expanded.
/// </summary>
/// <param name="Fields">Fields the operation selects with every fragment expanded, lists not multiplied.</param>
/// <param name="Nodes">Objects the operation may return at most: the product of the page sizes along
/// each path of connections (<c>first</c>/<c>last</c>, the default page otherwise) and list fields.</param>
/// <param name="Aliases">Aliased fields written in the document.</param>
/// <param name="RootFields">Fields of the operation's root selection, fragments expanded.</param>
/// <param name="Fragments">Fragment definitions in the document.</param>
public sealed record DocumentMeasure(double Fields, double Nodes, int Aliases, double RootFields, int Fragments)
{
    public static DocumentMeasure Of(ISchema schema, GraphQLDocument document, string? operationName, Inputs? variables, int defaultPageSize, int maxPageSize)
    {
        var operation = DocumentOperations.Select(document, operationName);
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToList();
        var aliases = CountAliases(document);
        if (operation is null) return new DocumentMeasure(0, 0, aliases, 0, fragments.Count);

        var walker = new Walker(schema, fragments, variables ?? Inputs.Empty, defaultPageSize, maxPageSize);
        var root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        var size = walker.Measure(operation.SelectionSet, root);
        return new DocumentMeasure(size.Fields, size.Nodes, aliases, size.Top, fragments.Count);
    }

    private static int CountAliases(ASTNode node)
    {
        var count = node is GraphQLField { Alias: not null } ? 1 : 0;
        switch (node)
        {
            case GraphQLDocument document:
                foreach (var definition in document.Definitions) count += CountAliases(definition);
                break;
            case IHasSelectionSetNode { SelectionSet: { } set }:
                foreach (var selection in set.Selections) count += CountAliases(selection);
                break;
        }
        return count;
    }

    /// <summary>Fields (all levels), nodes (objects in lists) and top-level fields of one selection set.</summary>
    private readonly record struct Size(double Fields, double Nodes, double Top)
    {
        public static Size operator +(Size a, Size b) => new(a.Fields + b.Fields, a.Nodes + b.Nodes, a.Top + b.Top);
    }

    private sealed class Walker(ISchema schema, List<GraphQLFragmentDefinition> fragments, Inputs variables, int defaultPageSize, int maxPageSize)
    {
        private readonly Dictionary<string, Size?> _fragmentSizes = [];

        public Size Measure(GraphQLSelectionSet? set, IGraphType? parent)
        {
            var total = default(Size);
            if (set is null) return total;
            foreach (var selection in set.Selections)
            {
                total += selection switch
                {
                    GraphQLField field => MeasureField(field, parent),
                    GraphQLInlineFragment inline => Measure(inline.SelectionSet, TypeNamed(inline.TypeCondition?.Type.Name.StringValue) ?? parent),
                    GraphQLFragmentSpread spread => MeasureFragment(spread.FragmentName.Name.StringValue),
                    _ => default,
                };
            }
            return total;
        }

        private Size MeasureFragment(string name)
        {
            if (_fragmentSizes.TryGetValue(name, out var known)) return known ?? default; // null: a cycle, which validation reports
            _fragmentSizes[name] = null;
            var fragment = fragments.FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
            var size = fragment is null ? default : Measure(fragment.SelectionSet, TypeNamed(fragment.TypeCondition.Type.Name.StringValue));
            _fragmentSizes[name] = size;
            return size;
        }

        private Size MeasureField(GraphQLField field, IGraphType? parent)
        {
            var definition = (parent?.GetNamedType() as IComplexGraphType)?.GetField(field.Name.StringValue);
            var returned = definition?.ResolvedType;
            var named = returned?.GetNamedType();
            var children = Measure(field.SelectionSet, named);
            // The objects under a connection or a list of objects repeat once per item.
            var items = IsConnection(parent?.GetNamedType()) ? null : ItemsOf(field, returned, named);
            return items is { } count
                ? new Size(1 + children.Fields, count + count * children.Nodes, 1)
                : new Size(1 + children.Fields, children.Nodes, 1);
        }

        // A connection's nodes and edges were counted with the connection.
        private static bool IsConnection(IGraphType? type) => type is IComplexGraphType && type.Name.EndsWith("Connection", StringComparison.Ordinal);

        private double? ItemsOf(GraphQLField field, IGraphType? returned, IGraphType? named)
        {
            if (IsConnection(named))
                return Math.Clamp(IntArgument(field, "first") ?? IntArgument(field, "last") ?? defaultPageSize, 0, maxPageSize);
            if (named is not IComplexGraphType || !IsList(returned)) return null;
            // nodes(ids:) returns one object per id; other lists of objects count as a full page.
            return ListArgumentLength(field, "ids") ?? maxPageSize;
        }

        private static bool IsList(IGraphType? type) => type switch
        {
            NonNullGraphType nonNull => IsList(nonNull.ResolvedType),
            ListGraphType => true,
            _ => false,
        };

        private long? IntArgument(GraphQLField field, string name) =>
            field.Arguments?.FirstOrDefault(a => a.Name.StringValue == name)?.Value switch
            {
                GraphQLIntValue literal when long.TryParse(literal.Value.Span, out var value) => value,
                GraphQLVariable variable when variables.TryGetValue(variable.Name.StringValue, out var value) && value is not null => ToLong(value),
                _ => null,
            };

        private int? ListArgumentLength(GraphQLField field, string name) =>
            field.Arguments?.FirstOrDefault(a => a.Name.StringValue == name)?.Value switch
            {
                GraphQLListValue list => list.Values?.Count ?? 0,
                GraphQLVariable variable when variables.TryGetValue(variable.Name.StringValue, out var value) && value is System.Collections.ICollection items => items.Count,
                _ => null,
            };

        private static long? ToLong(object value)
        {
            try
            {
                return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
            {
                return null; // not a number: variable coercion reports it
            }
        }

        private IGraphType? TypeNamed(string? name) => name is null ? null : schema.AllTypes[name];
    }
}
