using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace InfoGov.Api;

/// <summary>
/// What the current GraphQL specification's introspection has and GraphQL.NET 8.8.5's lacks, added to
/// its introspection types once the schema is built: <c>__Type.specifiedByURL</c> and
/// <c>__Directive.args(includeDeprecated:)</c>. graphql-js's <c>getIntrospectionQuery</c> asks for
/// both (options <c>specifiedByUrl</c> and <c>inputValueDeprecation</c>), and without them validation
/// refused the whole query. Remove this when the library has them.
/// </summary>
public static class CurrentIntrospection
{
    /// <summary>Decimal amounts travel as JSON numbers (exact in the text: 1234.50 is sent as 1234.5).</summary>
    public const string DecimalSpecification = "https://www.rfc-editor.org/rfc/rfc8259#section-6";

    /// <summary>
    /// The schema in SDL as the contract prints it: GraphQL.NET's printer, with <c>@specifiedBy</c> on the
    /// scalars whose <c>specifiedByURL</c> introspection gives (the library's printer knows neither), so
    /// that the committed contract says what live introspection says.
    /// </summary>
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        var sdl = schema.Print(new() { StringComparison = StringComparison.Ordinal });
        return sdl.Replace("\nscalar Decimal\n", $"\nscalar Decimal @specifiedBy(url: \"{DecimalSpecification}\")\n", StringComparison.Ordinal);
    }

    public static void Complete(ISchema schema)
    {
        var decimalType = schema.AllTypes["Decimal"]!;
        decimalType.Description = "An exact decimal number, sent as a JSON number (RFC 8259, section 6): amounts of money and ratios, never rounded through binary floating point by the API.";

        var type = (IObjectGraphType)schema.AllTypes["__Type"]!;
        if (type.GetField("specifiedByURL") is null)
            type.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Description = "For a custom scalar, a URL of the specification of its format.",
                ResolvedType = schema.AllTypes["String"],
                Resolver = new FuncFieldResolver<object?>(ctx => ReferenceEquals(ctx.Source, decimalType) ? DecimalSpecification : null),
            });

        var args = ((IObjectGraphType)schema.AllTypes["__Directive"]!).GetField("args")!;
        if (args.Arguments?.Find("includeDeprecated") is null)
        {
            // No directive of this schema has a deprecated argument: the list is the same either way.
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument(schema.AllTypes["Boolean"]!)
            {
                Name = "includeDeprecated",
                Description = "Whether deprecated arguments are listed too.",
                DefaultValue = false,
            });
        }
    }
}
