using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Leadership;

namespace InfoGov.Api.Features.Leadership;

/// <summary>Input of <c>assignResponsibility</c>.</summary>
public sealed record AssignResponsibilityInput(string DepartmentCode, ResponsibilityKind Kind, string HolderId, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed class AssignResponsibilityInputGraphType : InputObjectGraphType<AssignResponsibilityInput>
{
    public AssignResponsibilityInputGraphType()
    {
        Name = "AssignResponsibilityInput";
        Description = "Assigns a responsibility of a department to one of its officials; an open assignment of the same kind ends the day before.";
        Field<NonNullGraphType<StringGraphType>>("departmentCode").Description("Code of the department.");
        Field<NonNullGraphType<ResponsibilityKindGraphType>>("kind").Description("The responsibility.");
        Field<NonNullGraphType<IdGraphType>>("holderId").Description("Global id of the official who will hold it.");
        Field<NonNullGraphType<DateOnlyGraphType>>("validFrom").Description("First day in force.");
        Field<DateOnlyGraphType>("validTo").Description("Last day in force; open-ended when omitted.");
        this.ReadableBy(Access.Inherited);
    }
}
