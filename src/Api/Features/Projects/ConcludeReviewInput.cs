using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>concludeReview</c>.</summary>
public sealed record ConcludeReviewInput(string PanelId, int Version, ReviewConclusion Conclusion, string Summary, string? MissingOpinionsReason, string? ContraryReason);

public sealed class ConcludeReviewInputGraphType : InputObjectGraphType<ConcludeReviewInput>
{
    public ConcludeReviewInputGraphType()
    {
        Name = "ConcludeReviewInput";
        Description = "The panel's conclusion, recorded by the office.";
        Field<NonNullGraphType<IdGraphType>>("panelId").Description("Global id of the review panel.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The panel's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<ReviewConclusionGraphType>>("conclusion").Description("The panel's conclusion.");
        Field<NonNullGraphType<StringGraphType>>("summary").Description("Summary of the conclusion.");
        Field<StringGraphType>("missingOpinionsReason")
            .Description("Why the review concludes before every seated expert gave an opinion; needed then, with at least three opinions.");
        Field<StringGraphType>("contraryReason")
            .Description("Why the office concludes against the recommendation more than half of the experts gave; needed then (else CONTRARY_TO_PANEL). The project's decision history and the monthly bulletin show it.");
        this.ReadableBy(Access.Inherited);
    }
}
