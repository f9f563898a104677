using System.Reflection;
using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;

namespace InfoGov.Api.Engine.Authorization;

/// <summary>
/// Arguments are governed by their field's declaration; filter inputs also declare who may use
/// each of their fields, because filtering on a restricted property tells what it holds (a public
/// caller filtering by funding category would learn it). Checked on the argument values as the
/// field resolves, so variables and literals are treated alike.
/// </summary>
public static class InputAccess
{
    /// <summary>The first input field the caller may not use, with its rule; null when all may be used.</summary>
    public static (string Field, Access Access)? FirstRefused(IResolveFieldContext context, Caller caller)
    {
        foreach (var argument in context.FieldDefinition.Arguments ?? [])
        {
            // Only inputs and enums declare readers of their parts; other arguments are passed over before any lookup.
            var named = argument.ResolvedType?.GetNamedType();
            if (named is not (IInputObjectGraphType or EnumerationGraphType)) continue;
            if (context.Arguments is null || !context.Arguments.TryGetValue(argument.Name, out var value) || value.Value is not { } supplied) continue;
            // An enum value may declare its own readers (an order by a restricted figure).
            if (named is EnumerationGraphType enumeration)
            {
                if (enumeration.Values.FirstOrDefault(v => Equals(v.Value, supplied))?.AccessOf() is { } valueAccess && !valueAccess.Admits(caller))
                    return ($"{argument.Name}: {enumeration.Serialize(supplied)}", valueAccess);
                continue;
            }
            var input = (IInputObjectGraphType)named;
            foreach (var field in input.Fields)
            {
                if (field.AccessOf() is not { } access || access.Admits(caller)) continue;
                if (IsSupplied(supplied, field.Name)) return ($"{argument.Name}.{field.Name}", access);
            }
        }
        return null;
    }

    private static bool IsSupplied(object input, string field) => input switch
    {
        IDictionary<string, object?> dictionary => dictionary.TryGetValue(field, out var v) && v is not null,
        _ => input.GetType().GetProperty(field, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.GetValue(input) is not null,
    };

    public static ExecutionError Refused((string Field, Access Access) refused, Caller caller) =>
        new($"The input '{refused.Field}' may not be used by this caller. {refused.Access.Describe()}")
        {
            Code = caller.IsAuthenticated ? ErrorCodes.NotAuthorized : ErrorCodes.NotAuthenticated,
        };
}
