using GraphQL.Types;

namespace InfoGov.Api.Engine.Authorization;

/// <summary>Deny by default: every object type, interface, input type and field of the schema must
/// declare who may read (or use) it, or the host does not start. Field arguments are governed by
/// their field's declaration; the fields of filter inputs declare their own.</summary>
public static class AccessDeclarations
{
    public static IReadOnlyList<string> Undeclared(ISchema schema)
    {
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.OfType<IComplexGraphType>())
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal)) continue;
            var isRoot = type == schema.Query || type == schema.Mutation || type == schema.Subscription;
            if (!isRoot && type.AccessOf() is null) missing.Add(type.Name);
            foreach (var field in type.Fields)
                if (field.AccessOf() is null) missing.Add($"{type.Name}.{field.Name}");
        }
        return missing;
    }

    public static void ThrowIfUndeclared(ISchema schema)
    {
        var missing = Undeclared(schema);
        if (missing.Count > 0)
            throw new InvalidOperationException(
                "Access is not declared for these schema elements (deny by default; declare with ReadableBy): " + string.Join(", ", missing));
    }
}
