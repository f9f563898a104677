using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Engine.Mutations;

/// <summary>How every mutation is declared: one non-null argument named <c>input</c>, a payload of the changed
/// object with its user errors, and the roles that may call it. Kept in one place so no mutation can drift
/// from that shape or be registered without its access rule.</summary>
public static class MutationFieldExtensions
{
    public static void Mutation<TNodeGraphType, TInputGraphType, TInput>(this ObjectGraphType mutation, string name, Access access,
        string description, string inputDescription, Func<IResolveFieldContext, TInput, Task<Payload>> run)
        where TNodeGraphType : IGraphType
        where TInputGraphType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<PayloadGraphType<TNodeGraphType>>>(name)
            .ReadableBy(access)
            .Description(description)
            .Argument<NonNullGraphType<TInputGraphType>>("input", inputDescription)
            .ResolveAsync(async ctx => await run(ctx, ctx.GetArgument<TInput>("input")));
}
