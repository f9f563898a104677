using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>recordAcceptance</c>.</summary>
/// <summary>Input of <c>requestAcceptance</c>.</summary>
public sealed record RequestAcceptanceInput(string Id, int Version, string? ExceptionReason);

public sealed class RequestAcceptanceInputGraphType : InputObjectGraphType<RequestAcceptanceInput>
{
    public RequestAcceptanceInputGraphType()
    {
        Name = "RequestAcceptanceInput";
        Description = "A completed project to put up for acceptance.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the action is based on; a stale version is refused with CONFLICT.");
        Field<StringGraphType>("exceptionReason").ReadableBy(Readers.Office)
            .Description("Why the office puts up for acceptance a project whose latest progress report is under 100%; recorded in its decisions.");
        this.ReadableBy(Access.Inherited);
    }
}
