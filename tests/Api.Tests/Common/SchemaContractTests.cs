using GraphQL.Types;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Api.Tests.Common;

/// <summary>The public contract: the committed SDL, documentation on every element, Relay parity.</summary>
[Collection(ApiCollection.Name)]
public class SchemaContractTests(InfoGovApiFactory factory)
{
    private const string Regenerate = "dotnet run --project src/Api -- print-schema \"$PWD/schema/schema.graphql\"";

    private ISchema Schema
    {
        get
        {
            var schema = factory.Services.GetRequiredService<ISchema>();
            schema.Initialize();
            return schema;
        }
    }

    [Fact]
    public void Committed_schema_matches_the_code()
    {
        var printed = CurrentIntrospection.Print(Schema);
        Assert.Contains($"scalar Decimal @specifiedBy(url: \"{CurrentIntrospection.DecimalSpecification}\")", printed);
        var path = Path.Combine(RepositoryRoot.Path, "schema", "schema.graphql");
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        Assert.True(committed == printed,
            $"schema/schema.graphql differs from the schema the code builds. If the change is deliberate, regenerate it from the repository root with:\n  {Regenerate}\nand review the diff.");
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var missing = new List<string>();
        foreach (var type in Schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(argument.Description)) missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                }
            if (type is EnumerationGraphType enumeration)
                foreach (var value in enumeration.Values)
                    if (string.IsNullOrWhiteSpace(value.Description)) missing.Add($"{type.Name}.{value.Name}");
        }
        Assert.True(missing.Count == 0, "Undocumented schema elements:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_node_type_can_be_fetched_by_node()
    {
        var nodeTypes = Schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => t.ResolvedInterfaces.Any(i => i.Name == "Node")).Select(t => t.Name).Order().ToList();
        Assert.NotEmpty(nodeTypes);
        Assert.Equal(nodeTypes, NodeQueries.FetchersOf(Schema).Keys.Order().ToList());
    }

    [Fact]
    public void Every_list_of_objects_is_a_connection()
    {
        var lists = Schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !t.Name.EndsWith("Connection", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Where(f => IsListOfObjects(f.ResolvedType)).Select(f => $"{t.Name}.{f.Name}"))
            .ToList();
        // 'nodes(ids:)' returns exactly the ids asked for, capped at 100: a lookup, not a list to page;
        // a payload's errors are the few reasons one mutation was refused; an import report's errors are
        // its rows' errors, capped (errorCount counts them all), returned once by the mutation and never stored.
        Assert.Equal(["ImportReport.errors", "Query.nodes"], lists.Where(l => !l.EndsWith("Payload.errors", StringComparison.Ordinal)).Order());
    }

    // Lists of objects must page; a short list of scalars (a caller's roles) is a value, not a list to page.
    private static bool IsListOfObjects(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsListOfObjects(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType) is IObjectGraphType or IInterfaceGraphType,
        _ => false,
    };

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        _ => type,
    };
}
