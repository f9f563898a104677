using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>assignResponsiblePerson</c>.</summary>
public sealed record AssignResponsiblePersonInput(string ProjectId, int Version, string Name);

public sealed class AssignResponsiblePersonInputGraphType : InputObjectGraphType<AssignResponsiblePersonInput>
{
    public AssignResponsiblePersonInputGraphType()
    {
        Name = "AssignResponsiblePersonInput";
        Description = "The person who answers for a project.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The person's name (and post), up to 100 characters.");
        this.ReadableBy(Access.Inherited);
    }
}
