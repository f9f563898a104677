using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>drawReviewPanel</c>.</summary>
public sealed record DrawReviewPanelInput(string ProjectId, int Version, string Category, int? Size, int? Seed, DateOnly MeetingOn);

public sealed class DrawReviewPanelInputGraphType : InputObjectGraphType<DrawReviewPanelInput>
{
    public DrawReviewPanelInputGraphType()
    {
        Name = "DrawReviewPanelInput";
        Description = "Draws the expert panel of a submitted application and starts its review.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("category").Description("Expertise to draw from: network, software, data, security, finance or engineering.");
        Field<IntGraphType>("size").Description("Number of experts, 3 to 15; 5 when omitted.");
        Field<IntGraphType>("seed").Description("Not accepted: the server chooses the seed, so that nobody can pick the panel by picking the seed. A request with a seed is refused (VALIDATION).")
            .DeprecationReason("The seed is chosen by the server; it is published with the panel once the review is closed.");
        Field<NonNullGraphType<DateOnlyGraphType>>("meetingOn").Description("Date of the review meeting, no later than the review due date.");
        this.ReadableBy(Access.Inherited);
    }
}
