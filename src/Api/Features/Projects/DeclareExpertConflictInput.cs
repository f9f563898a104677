using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>declareExpertConflict</c>.</summary>
public sealed record DeclareExpertConflictInput(string DepartmentCode, string Reason);

public sealed class DeclareExpertConflictInputGraphType : InputObjectGraphType<DeclareExpertConflictInput>
{
    public DeclareExpertConflictInputGraphType()
    {
        Name = "DeclareExpertConflictInput";
        Description = "The calling expert's conflict of interest with a department; they are never drawn for its projects.";
        Field<NonNullGraphType<StringGraphType>>("departmentCode").Description("Code of the department.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("The nature of the conflict.");
        this.ReadableBy(Access.Inherited);
    }
}
