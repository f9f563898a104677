using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Errors;

namespace InfoGov.Api.Engine.Mutations;

/// <summary>The payload of mutations on <typeparamref name="TNodeGraphType"/>, named after it
/// (<c>ProjectGraphType</c> gives <c>ProjectPayload</c>).</summary>
public sealed class PayloadGraphType<TNodeGraphType> : ObjectGraphType<Payload> where TNodeGraphType : IGraphType
{
    public PayloadGraphType()
    {
        var node = GraphTypeNames.Of<TNodeGraphType>();
        var field = char.ToLowerInvariant(node[0]) + node[1..];
        Name = node + "Payload";
        Description = $"The result of a mutation on a {node}: the {node} as it is now, or the errors that refused the change.";
        Field<TNodeGraphType>(field).Description($"The {node} created or changed; null when the mutation was refused.").Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors")
            .Description("Why the mutation was refused; empty when it succeeded.").Resolve(ctx => ctx.Source.Errors);
        this.ReadableBy(Access.Inherited);
    }
}
