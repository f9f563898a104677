using GraphQL.Builders;
using GraphQL.Types;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Engine.Relay;

/// <summary>Makes an entity graph type a Relay node: implements <c>Node</c> and resolves its global id.</summary>
public static class NodeGraphTypeExtensions
{
    /// <returns>The <c>id</c> field, to declare its access on.</returns>
    public static FieldBuilder<TEntity, object> IsNode<TEntity>(this ObjectGraphType<TEntity> type) where TEntity : Entity
    {
        type.Interface<NodeInterface>();
        type.IsTypeOf = source => source is TEntity;
        var typeName = type.Name;
        return type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque global id of the object; pass it to 'node' or 'nodes' to fetch the object again.")
            .Resolve(ctx => GlobalId.Encode(typeName, ctx.Source.Id));
    }

    /// <summary>The CLR type an object graph type presents (its <c>ObjectGraphType&lt;T&gt;</c> argument), or null.</summary>
    public static Type? ClrType(this IObjectGraphType type)
    {
        for (var t = type.GetType(); t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ObjectGraphType<>))
                return t.GetGenericArguments()[0] is var clr && clr != typeof(object) ? clr : null;
        return null;
    }
}
