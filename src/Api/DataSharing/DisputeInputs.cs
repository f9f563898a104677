using GraphQL.Types;
using InfoGov.Api.Authorization;

namespace InfoGov.Api.DataSharing;

/// <summary>Input of <c>raiseDataDispute</c>.</summary>
public sealed record RaiseDataDisputeInput(string ResourceCode, string RecordReference, string Description);

/// <summary>Input of <c>answerDataDispute</c>.</summary>
public sealed record AnswerDataDisputeInput(string DisputeId, int Version, string Answer);

/// <summary>Input of <c>recordUsageFeedback</c>.</summary>
public sealed record RecordUsageFeedbackInput(string RequestId, int Version, string Feedback);

public sealed class RaiseDataDisputeInputGraphType : InputObjectGraphType<RaiseDataDisputeInput>
{
    public RaiseDataDisputeInputGraphType()
    {
        Name = "RaiseDataDisputeInput";
        Description = "A dispute about a record of a catalog entry, raised for the caller's department.";
        Field<NonNullGraphType<StringGraphType>>("resourceCode").Description("Catalog code of the entry.");
        Field<NonNullGraphType<StringGraphType>>("recordReference").Description("Which record is disputed, e.g. its key.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What is wrong with it.");
        this.ReadableBy(Access.Inherited);
    }
}

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

public sealed class RecordUsageFeedbackInputGraphType : InputObjectGraphType<RecordUsageFeedbackInput>
{
    public RecordUsageFeedbackInputGraphType()
    {
        Name = "RecordUsageFeedbackInput";
        Description = "How the requesting department used data it was granted.";
        Field<NonNullGraphType<IdGraphType>>("requestId").Description("Global id of the approved request.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("Its version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("feedback").Description("How the data was used.");
        this.ReadableBy(Access.Inherited);
    }
}
