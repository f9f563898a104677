using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Departments;

/// <summary>Input of <c>openProgramme</c>.</summary>
public sealed record OpenProgrammeInput(string Code, string Name, string? NameEn, string LeadDepartmentCode, string? Description);

public sealed class OpenProgrammeInputGraphType : InputObjectGraphType<OpenProgrammeInput>
{
    public OpenProgrammeInputGraphType()
    {
        Name = "OpenProgrammeInput";
        Description = "A new programme and the department that leads it.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code, unique, 2 to 32 characters (e.g. RURAL).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name in Chinese, 1 to 200 characters.");
        Field<StringGraphType>("nameEn").Description("Name in English.");
        Field<NonNullGraphType<StringGraphType>>("leadDepartmentCode").Description("The department that leads it.");
        Field<StringGraphType>("description").Description("What it covers, at most 2000 characters.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>reviseProgramme</c>.</summary>
public sealed record ReviseProgrammeInput(string Code, int Version, string? Name, string? NameEn, string? LeadDepartmentCode, string? Description);

public sealed class ReviseProgrammeInputGraphType : InputObjectGraphType<ReviseProgrammeInput>
{
    public ReviseProgrammeInputGraphType()
    {
        Name = "ReviseProgrammeInput";
        Description = "Changes to a programme; fields left out stay as they are.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The programme.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the change is based on; a stale version is refused with CONFLICT.");
        Field<StringGraphType>("name").Description("New name in Chinese.");
        Field<StringGraphType>("nameEn").Description("New name in English; empty clears it.");
        Field<StringGraphType>("leadDepartmentCode").Description("The department that leads it from now on.");
        Field<StringGraphType>("description").Description("New description; empty clears it.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>setProgrammeTarget</c>.</summary>
public sealed record SetProgrammeTargetInput(string ProgrammeCode, int Year, string Unit, decimal Quantity, string? Note);

public sealed class SetProgrammeTargetInputGraphType : InputObjectGraphType<SetProgrammeTargetInput>
{
    public SetProgrammeTargetInputGraphType()
    {
        Name = "SetProgrammeTargetInput";
        Description = "What a programme aims at in a year, counted in one unit; setting it again for the same year and unit changes it.";
        Field<NonNullGraphType<StringGraphType>>("programmeCode").Description("The programme.");
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year, 2000 to 2100.");
        Field<NonNullGraphType<StringGraphType>>("unit").Description("What is counted, e.g. demonstration village; 1 to 40 characters.");
        Field<NonNullGraphType<DecimalGraphType>>("quantity").Description("How many, zero or more.");
        Field<StringGraphType>("note").Description("A note, e.g. a range the target stands for; at most 500 characters.");
        this.ReadableBy(Access.Inherited);
    }
}
