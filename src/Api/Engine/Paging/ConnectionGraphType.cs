using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;

namespace InfoGov.Api.Engine.Paging;

/// <summary>A Relay connection of <typeparamref name="TNodeGraphType"/>, named after it
/// (<c>ProjectGraphType</c> gives <c>ProjectConnection</c>).</summary>
public sealed class ConnectionGraphType<TNodeGraphType> : ObjectGraphType<Page> where TNodeGraphType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = GraphTypeNames.Of<TNodeGraphType>();
        Name = node + "Connection";
        Description = $"A page of {node} items with cursors for paging (Relay cursor connection).";
        // Counted only when selected (see ConnectionFields.ResolveQuery), so it is there whenever asked for.
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Number of items in the whole list, across all pages.")
            .Resolve(ctx => ctx.Source.TotalCount ?? throw new InvalidOperationException("totalCount was selected but not counted."));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The items of this page, in order.")
            .Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType>>>>>("edges")
            .Description("The items of this page, each with its cursor.")
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Cursors and whether more items exist before or after this page.")
            .Resolve(ctx => ctx.Source.PageInfo);
        this.ReadableBy(Access.Inherited);
    }
}
