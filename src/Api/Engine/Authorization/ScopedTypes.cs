using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Relay;

namespace InfoGov.Api.Engine.Authorization;

/// <summary>
/// Which returned objects need a check of their own: objects of restricted types (not public),
/// wherever they come out (directly, in a connection, or through the Node interface). The check
/// refuses a caller the type does not admit at all and, for types read in one's own department
/// only, objects of other departments. Built from the schema's own declarations.
/// </summary>
// The schema is read lazily: the middleware that uses this is itself built while the schema initializes.
public sealed class ScopedTypes(IServiceProvider services)
{
    private readonly Lazy<Dictionary<Type, Access>> _byClrType = new(() =>
        services.GetRequiredService<ISchema>().AllTypes.OfType<IObjectGraphType>()
            .Select(t => (Clr: t.ClrType(), Access: t.AccessOf()))
            .Where(x => x.Clr is not null && x.Access is { IsPublic: false, IsInherited: false })
            .ToDictionary(x => x.Clr!, x => x.Access!));

    private readonly ConcurrentDictionary<FieldType, Returned> _returnedBy = new();

    public Access? AccessOf(object value) => _byClrType.Value.GetValueOrDefault(value.GetType());

    /// <summary>Whether the objects that come out of this field must be checked for this caller: they
    /// may be of a restricted type that does not admit the caller everywhere. A field of one object
    /// type (or a connection of one) is decided by that type; an interface may return any type.</summary>
    public bool MustCheckResult(FieldType field, Caller caller)
    {
        var returned = _returnedBy.GetOrAdd(field, f => Of(f.ResolvedType?.GetNamedType()));
        return returned.AnyType || returned.Access is { } access && !access.AdmitsEverywhere(caller);
    }

    private Returned Of(IGraphType? type) => type switch
    {
        IInterfaceGraphType => Returned.Any,
        IObjectGraphType o when o.Name.EndsWith("Connection", StringComparison.Ordinal) => Of(o.GetField("nodes")?.ResolvedType?.GetNamedType()),
        IObjectGraphType o when o.ClrType() is { } clr && _byClrType.Value.TryGetValue(clr, out var access) => new Returned(access, AnyType: false),
        _ => Returned.Unrestricted,
    };

    /// <summary>What a field returns, for the check: objects of one restricted type (its access), of
    /// no restricted type, or of any type.</summary>
    private sealed record Returned(Access? Access, bool AnyType)
    {
        public static readonly Returned Unrestricted = new(null, AnyType: false);
        public static readonly Returned Any = new(null, AnyType: true);
    }
}
