using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Departments;

namespace InfoGov.Api.Features.Departments;

/// <summary>Arguments of the <c>departments</c> list.</summary>
public sealed record DepartmentFilter(List<DepartmentKind>? Kinds, string? ParentCode, string? Search);

public sealed class DepartmentFilterInputGraphType : InputObjectGraphType<DepartmentFilter>
{
    public DepartmentFilterInputGraphType()
    {
        Name = "DepartmentFilter";
        Description = "Narrows the departments list; all given conditions must hold.";
        Field<ListGraphType<NonNullGraphType<DepartmentKindGraphType>>>("kinds").Description("Only departments of these kinds.");
        Field<StringGraphType>("parentCode").Description("Only departments directly below the department with this code.");
        Field<StringGraphType>("search").Description("Text contained in the code, the Chinese name or the English name.");
        this.ReadableBy(Readers.Anyone);
    }
}
