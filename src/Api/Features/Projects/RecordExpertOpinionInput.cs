using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>recordExpertOpinion</c>.</summary>
public sealed record RecordExpertOpinionInput(string PanelId, ReviewConclusion Recommendation, string Opinion);

public sealed class RecordExpertOpinionInputGraphType : InputObjectGraphType<RecordExpertOpinionInput>
{
    public RecordExpertOpinionInputGraphType()
    {
        Name = "RecordExpertOpinionInput";
        Description = "The calling expert's opinion on the application their panel reviews.";
        Field<NonNullGraphType<IdGraphType>>("panelId").Description("Global id of the review panel.");
        Field<NonNullGraphType<ReviewConclusionGraphType>>("recommendation").Description("What the expert recommends.");
        Field<NonNullGraphType<StringGraphType>>("opinion").Description("The written opinion.");
        this.ReadableBy(Access.Inherited);
    }
}
