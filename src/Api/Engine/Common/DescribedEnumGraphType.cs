using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Engine.Common;

/// <summary>An enum graph type whose every value must be documented: a value without a description
/// stops schema construction, so no undocumented value can reach the contract.</summary>
public abstract class DescribedEnumGraphType<TEnum> : EnumerationGraphType<TEnum> where TEnum : Enum
{
    protected DescribedEnumGraphType(string description, IReadOnlyDictionary<TEnum, string> values)
    {
        Name = typeof(TEnum).Name;
        Description = description;
        foreach (var value in Values)
        {
            if (!values.TryGetValue((TEnum)value.Value!, out var text))
                throw new InvalidOperationException($"Enum value {typeof(TEnum).Name}.{value.Value} has no description.");
            value.Description = text;
        }
    }

    /// <summary>Declares who may use <paramref name="value"/> as an argument (an order by a restricted
    /// figure); <see cref="InputAccess"/> refuses it to others.</summary>
    protected void ReadableBy(TEnum value, Access access)
    {
        var definition = Values.Single(v => Equals(v.Value, value));
        definition.Metadata[AccessMetadata.Key] = access;
        definition.Description = $"{definition.Description} {access.Describe()}".Trim();
    }
}
