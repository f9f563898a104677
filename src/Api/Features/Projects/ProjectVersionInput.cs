using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of mutations that only name a project and its version.</summary>
public sealed record ProjectVersionInput(string Id, int Version);

public sealed class ProjectVersionInputGraphType : InputObjectGraphType<ProjectVersionInput>
{
    public ProjectVersionInputGraphType()
    {
        Name = "ProjectVersionInput";
        Description = "A project and the version the action is based on.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the action is based on; a stale version is refused with CONFLICT.");
        this.ReadableBy(Access.Inherited);
    }
}
