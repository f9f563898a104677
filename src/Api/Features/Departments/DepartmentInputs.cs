using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Departments;

namespace InfoGov.Api.Features.Departments;

/// <summary>Input of <c>createDepartment</c>.</summary>
public sealed record CreateDepartmentInput(string Code, string Name, string? NameEn, DepartmentKind Kind, string? ParentCode);

public sealed class CreateDepartmentInputGraphType : InputObjectGraphType<CreateDepartmentInput>
{
    public CreateDepartmentInputGraphType()
    {
        Name = "CreateDepartmentInput";
        Description = "A new government unit.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code, unique: 2 to 32 capitals, digits or hyphens, starting with a capital (e.g. GAJ).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Official name in Chinese, 1 to 200 characters.");
        Field<StringGraphType>("nameEn").Description("Name in English.");
        Field<NonNullGraphType<DepartmentKindGraphType>>("kind").Description("What sort of unit it is.");
        Field<StringGraphType>("parentCode").Description("The department it belongs to; omitted at the top of the tree.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>renameDepartment</c>.</summary>
public sealed record RenameDepartmentInput(string Code, int Version, string Name, string? NameEn);

public sealed class RenameDepartmentInputGraphType : InputObjectGraphType<RenameDepartmentInput>
{
    public RenameDepartmentInputGraphType()
    {
        Name = "RenameDepartmentInput";
        Description = "A department's new official name; its code stays.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The department.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the change is based on; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("New name in Chinese.");
        Field<StringGraphType>("nameEn").Description("New name in English; omitted or empty clears it.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>moveDepartment</c>.</summary>
public sealed record MoveDepartmentInput(string Code, int Version, string? ParentCode);

public sealed class MoveDepartmentInputGraphType : InputObjectGraphType<MoveDepartmentInput>
{
    public MoveDepartmentInputGraphType()
    {
        Name = "MoveDepartmentInput";
        Description = "Where a department (with every unit below it) moves in the tree.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The department.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the change is based on; a stale version is refused with CONFLICT.");
        Field<StringGraphType>("parentCode").Description("Its new parent; omitted to move it to the top of the tree. Not itself nor one of its descendants.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>dissolveDepartment</c>.</summary>
public sealed record DissolveDepartmentInput(string Code, int Version, DateOnly On, string? MergeIntoCode);

public sealed class DissolveDepartmentInputGraphType : InputObjectGraphType<DissolveDepartmentInput>
{
    public DissolveDepartmentInputGraphType()
    {
        Name = "DissolveDepartmentInput";
        Description = "Ends a department, alone (it must hold nothing) or merged into another (everything it holds follows).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The department that ends.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the change is based on; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<DateOnlyGraphType>>("on").Description("The day it ceases to exist.");
        Field<StringGraphType>("mergeIntoCode").Description("The department it is merged into: its units, projects, catalog entries, plans, systems, programmes, officials and affiliated experts follow.");
        this.ReadableBy(Access.Inherited);
    }
}
