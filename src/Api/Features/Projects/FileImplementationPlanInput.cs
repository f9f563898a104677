using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>fileImplementationPlan</c>.</summary>
public sealed record FileImplementationPlanInput(string ProjectId, int Version, string Tasks, string SystemDesign, string? EquipmentSelection, string Schedule);

public sealed class FileImplementationPlanInputGraphType : InputObjectGraphType<FileImplementationPlanInput>
{
    public FileImplementationPlanInputGraphType()
    {
        Name = "FileImplementationPlanInput";
        Description = "Files the implementation plan of an approved project; implementation starts.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("tasks").Description("Tasks to carry out.");
        Field<NonNullGraphType<StringGraphType>>("systemDesign").Description("Outline of the system design.");
        Field<StringGraphType>("equipmentSelection").Description("Equipment chosen.");
        Field<NonNullGraphType<StringGraphType>>("schedule").Description("Schedule of the work.");
        this.ReadableBy(Access.Inherited);
    }
}
