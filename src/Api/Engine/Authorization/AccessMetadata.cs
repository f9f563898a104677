using GraphQL.Builders;
using GraphQL.Types;

namespace InfoGov.Api.Engine.Authorization;

/// <summary>
/// Declares access on the schema: <c>.ReadableBy(Access.X)</c> on a field, <c>this.ReadableBy(...)</c>
/// on a type. A type's declaration also covers its fields that declare nothing themselves. The
/// declaration is appended to the element's description, so the published schema states the policy.
/// </summary>
public static class AccessMetadata
{
    public const string Key = "InfoGov.Access";

    public static FieldBuilder<TSource, TReturn> ReadableBy<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Access access)
    {
        field.FieldType.Metadata[Key] = access;
        return field;
    }

    /// <summary>
    /// Declares who may read objects of this type (<paramref name="objects"/>) and who may read its
    /// fields that declare nothing on their own line (<paramref name="fields"/>, the same when
    /// omitted). Call it last in the type's constructor.
    /// </summary>
    public static void ReadableBy(this IComplexGraphType type, Access objects, Access? fields = null)
    {
        type.Metadata[Key] = objects;
        foreach (var field in type.Fields)
        {
            if (!field.Metadata.ContainsKey(Key)) field.Metadata[Key] = fields ?? objects;
            var access = (Access)field.Metadata[Key]!;
            // A field as restricted as its type needs no check of its own: its object was checked when returned.
            if (!ReferenceEquals(access, objects) && (access.Grants.Any(g => g.OwnDepartmentOnly) || access.Conditions.Count > 0)) MakeNullable(field);
            Describe(field, access);
        }
        if (objects.Describe() is { Length: > 0 } sentence && type.Description?.EndsWith(sentence, StringComparison.Ordinal) != true)
            type.Description = $"{type.Description} Objects: {sentence}".Trim();
    }

    /// <summary>Root fields declare their own access; this documents them.</summary>
    public static void DescribeDeclaredFields(IComplexGraphType type)
    {
        foreach (var field in type.Fields)
            if (field.Metadata.TryGetValue(Key, out var access) && access is Access declared)
                Describe(field, declared);
    }

    public static Access? AccessOf(this IMetadataReader element) =>
        element.Metadata.TryGetValue(Key, out var access) ? access as Access : null;

    /// <summary>A field read in one's own department only, or on some objects only, resolves to null
    /// (with an error) elsewhere, so it must be nullable: a null in a non-null field would wipe out its parent too.</summary>
    private static void MakeNullable(FieldType field)
    {
        if (field.Type is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>))
            field.Type = type.GetGenericArguments()[0];
    }

    private static void Describe(FieldType field, Access access)
    {
        if (access.Describe() is { Length: > 0 } sentence && field.Description?.EndsWith(sentence, StringComparison.Ordinal) != true)
            field.Description = $"{field.Description} {sentence}".Trim();
    }
}
