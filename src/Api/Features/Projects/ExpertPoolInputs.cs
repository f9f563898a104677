using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>enlistExpert</c>.</summary>
public sealed record EnlistExpertInput(string Code, string Name, List<string> Fields, string? Title, string? AffiliationDepartmentCode, Guid? AccountObjectId);

public sealed class EnlistExpertInputGraphType : InputObjectGraphType<EnlistExpertInput>
{
    public EnlistExpertInputGraphType()
    {
        Name = "EnlistExpertInput";
        Description = "A new member of the expert pool.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Pool code, unique, 2 to 32 characters (e.g. ZJ101).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Full name, 1 to 100 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields").Description("1 to 8 fields of expertise the expert is drawn for, the principal one first.");
        Field<StringGraphType>("title").Description("Professional title.");
        Field<StringGraphType>("affiliationDepartmentCode").Description("The department the expert works for: the expert never sits on its panels.");
        Field<GuidGraphType>("accountObjectId").Description("The expert's Entra ID object id, by which a signed-in expert is recognised.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>reviseExpert</c>.</summary>
public sealed record ReviseExpertInput(string Id, int Version, string? Name, List<string>? Fields, string? Title, string? AffiliationDepartmentCode, bool? ClearAffiliation);

public sealed class ReviseExpertInputGraphType : InputObjectGraphType<ReviseExpertInput>
{
    public ReviseExpertInputGraphType()
    {
        Name = "ReviseExpertInput";
        Description = "Changes to a pool member; fields left out stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The expert.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the change is based on; a stale version is refused with CONFLICT.");
        Field<StringGraphType>("name").Description("New name.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("fields").Description("New fields of expertise, the principal one first.");
        Field<StringGraphType>("title").Description("New title; empty clears it.");
        Field<StringGraphType>("affiliationDepartmentCode").Description("The department the expert now works for.");
        Field<BooleanGraphType>("clearAffiliation").Description("True when the expert no longer works for a department.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>retireExpert</c> and <c>reinstateExpert</c>.</summary>
public sealed record ExpertStatusInput(string Id, int Version, DateOnly? On);

public sealed class ExpertStatusInputGraphType : InputObjectGraphType<ExpertStatusInput>
{
    public ExpertStatusInputGraphType()
    {
        Name = "ExpertStatusInput";
        Description = "A pool member taken out of the pool or brought back.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The expert.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the change is based on; a stale version is refused with CONFLICT.");
        Field<DateOnlyGraphType>("on").Description("For retireExpert: the day the expert leaves the pool; today when omitted.");
        this.ReadableBy(Access.Inherited);
    }
}
