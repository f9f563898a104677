using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Leadership;

/// <summary>Input of <c>recordFulfilment</c>.</summary>
public sealed record RecordFulfilmentInput(string AssignmentId, string Summary, DateOnly FulfilledOn, string EvidenceReference);

public sealed class RecordFulfilmentInputGraphType : InputObjectGraphType<RecordFulfilmentInput>
{
    public RecordFulfilmentInputGraphType()
    {
        Name = "RecordFulfilmentInput";
        Description = "Evidence that a responsibility was exercised.";
        Field<NonNullGraphType<IdGraphType>>("assignmentId").Description("Global id of the responsibility assignment.");
        Field<NonNullGraphType<StringGraphType>>("summary").Description("What was approved or done.");
        Field<NonNullGraphType<DateOnlyGraphType>>("fulfilledOn").Description("When.");
        Field<NonNullGraphType<StringGraphType>>("evidenceReference").Description("Reference of the evidence document.");
        this.ReadableBy(Access.Inherited);
    }
}
