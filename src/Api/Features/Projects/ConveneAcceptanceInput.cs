using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>conveneAcceptance</c>.</summary>
public sealed record ConveneAcceptanceInput(string ProjectId, int Version, DateOnly HeldOn, List<string> ExpertCodes);

public sealed class ConveneAcceptanceInputGraphType : InputObjectGraphType<ConveneAcceptanceInput>
{
    public ConveneAcceptanceInputGraphType()
    {
        Name = "ConveneAcceptanceInput";
        Description = "The acceptance the office convenes for a project that asked for it.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<DateOnlyGraphType>>("heldOn").Description("When the acceptance is (or was) held; it is concluded on or after that day.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("expertCodes")
            .Description("Pool codes of the experts who hold it with the office: at least three, none from the owning department, inactive, or with a declared conflict with it. Each records their own verdict.");
        this.ReadableBy(Access.Inherited);
    }
}
