using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Relay;

namespace InfoGov.Api.Authorization;

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

    private readonly ConcurrentDictionary<FieldType, bool> _fieldMayReturnScoped = new();

    public Access? AccessOf(object value) => _byClrType.Value.GetValueOrDefault(value.GetType());

    /// <summary>Whether objects of a scoped type can come out of this field.</summary>
    public bool MayReturnScoped(FieldType field) => _fieldMayReturnScoped.GetOrAdd(field, f => Check(f.ResolvedType?.GetNamedType()));

    /// <summary>Whether some restricted type does not admit this caller everywhere.</summary>
    public bool NeedsChecksFor(Caller caller) => _byClrType.Value.Values.Any(a => !a.AdmitsEverywhere(caller));

    private bool Check(IGraphType? type) => type switch
    {
        IInterfaceGraphType => true,
        IObjectGraphType o when o.Name.EndsWith("Connection", StringComparison.Ordinal) => Check(o.GetField("nodes")?.ResolvedType?.GetNamedType()),
        IObjectGraphType o => o.ClrType() is { } clr && _byClrType.Value.ContainsKey(clr),
        _ => false,
    };
}
