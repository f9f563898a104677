namespace InfoGov.Api.Engine.Common;

/// <summary>GraphQL type names derived from graph type classes: <c>ProjectGraphType</c> is <c>Project</c>.</summary>
public static class GraphTypeNames
{
    public static string Of<TGraphType>() => Of(typeof(TGraphType));

    public static string Of(Type graphType)
    {
        var name = graphType.Name;
        return name.EndsWith("GraphType", StringComparison.Ordinal) ? name[..^"GraphType".Length] : name;
    }
}
