using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Input of <c>recordUsageFeedback</c>.</summary>
public sealed record RecordUsageFeedbackInput(string RequestId, int Version, string Feedback);

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
