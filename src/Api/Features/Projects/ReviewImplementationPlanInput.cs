using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>reviewImplementationPlan</c>.</summary>
public sealed record ReviewImplementationPlanInput(string PlanId, int Version, bool Accept, string? Comments);

public sealed class ReviewImplementationPlanInputGraphType : InputObjectGraphType<ReviewImplementationPlanInput>
{
    public ReviewImplementationPlanInputGraphType()
    {
        Name = "ReviewImplementationPlanInput";
        Description = "The office's review of a filed implementation plan.";
        Field<NonNullGraphType<IdGraphType>>("planId").Description("Global id of the implementation plan (Project.implementationPlan).");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The plan's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<BooleanGraphType>>("accept").Description("True to accept (implementation starts), false to return it.");
        Field<StringGraphType>("comments").Description("What is to change (required to return it); notes with an acceptance (up to 4,000 characters).");
        this.ReadableBy(Access.Inherited);
    }
}
