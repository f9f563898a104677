using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;

namespace InfoGov.Api.Engine.Paging;

/// <summary>An edge of a Relay connection of <typeparamref name="TNodeGraphType"/>.</summary>
public sealed class EdgeGraphType<TNodeGraphType> : ObjectGraphType<PageEdge> where TNodeGraphType : IGraphType
{
    public EdgeGraphType()
    {
        var node = GraphTypeNames.Of<TNodeGraphType>();
        Name = node + "Edge";
        Description = $"A {node} with its cursor.";
        Field(e => e.Cursor).Description("Opaque cursor to pass as 'after' or 'before' to page from this item.");
        Field<NonNullGraphType<TNodeGraphType>>("node").Description($"The {node}.").Resolve(ctx => ctx.Source.Node);
        this.ReadableBy(Access.Inherited);
    }
}
