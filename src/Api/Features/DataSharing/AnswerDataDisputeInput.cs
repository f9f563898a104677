using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Input of <c>answerDataDispute</c>.</summary>
public sealed record AnswerDataDisputeInput(string DisputeId, int Version, string Answer);

public sealed class AnswerDataDisputeInputGraphType : InputObjectGraphType<AnswerDataDisputeInput>
{
    public AnswerDataDisputeInputGraphType()
    {
        Name = "AnswerDataDisputeInput";
        Description = "The provider's answer to a dispute.";
        Field<NonNullGraphType<IdGraphType>>("disputeId").Description("Global id of the dispute.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("Its version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("answer").Description("The answer: corrected, or why the record stands.");
        this.ReadableBy(Access.Inherited);
    }
}
