using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>publishProject</c>.</summary>
public sealed record PublishProjectInput(string Id, int Version, bool Published);

public sealed class PublishProjectInputGraphType : InputObjectGraphType<PublishProjectInput>
{
    public PublishProjectInputGraphType()
    {
        Name = "PublishProjectInput";
        Description = "A project whose status to publish to the public portal, or to withdraw from it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the action is based on; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<BooleanGraphType>>("published").Description("True to publish the project's status, false to withdraw it.");
        this.ReadableBy(Access.Inherited);
    }
}
