using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>cancelProject</c>.</summary>
public sealed record CancelProjectInput(string Id, int Version, string Reason);

public sealed class CancelProjectInputGraphType : InputObjectGraphType<CancelProjectInput>
{
    public CancelProjectInputGraphType()
    {
        Name = "CancelProjectInput";
        Description = "Cancels a project before acceptance.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the action is based on; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the project is cancelled; required.");
        this.ReadableBy(Access.Inherited);
    }
}
