using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>decideChange</c>.</summary>
public sealed record DecideChangeInput(string ChangeRequestId, int Version, bool Approve, string? Note);

public sealed class DecideChangeInputGraphType : InputObjectGraphType<DecideChangeInput>
{
    public DecideChangeInputGraphType()
    {
        Name = "DecideChangeInput";
        Description = "The office's decision on a change request.";
        Field<NonNullGraphType<IdGraphType>>("changeRequestId").Description("Global id of the change request.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The request's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<BooleanGraphType>>("approve").Description("True to approve (re-baselines the project), false to refuse (keeps the baseline).");
        Field<StringGraphType>("note").Description("The office's note.");
        this.ReadableBy(Access.Inherited);
    }
}
