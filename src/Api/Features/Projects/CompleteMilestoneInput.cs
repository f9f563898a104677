using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>completeMilestone</c>.</summary>
public sealed record CompleteMilestoneInput(string MilestoneId, int Version, DateOnly CompletedOn, string Evidence);

public sealed class CompleteMilestoneInputGraphType : InputObjectGraphType<CompleteMilestoneInput>
{
    public CompleteMilestoneInputGraphType()
    {
        Name = "CompleteMilestoneInput";
        Description = "A milestone of a project under way reached, with the day and what shows it.";
        Field<NonNullGraphType<IdGraphType>>("milestoneId").Description("Global id of the milestone.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The milestone's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<DateOnlyGraphType>>("completedOn").Description("The day it was reached: not in the future, not before the project started. After the due date, the milestone is late and the project's schedule variance shows it.");
        Field<NonNullGraphType<StringGraphType>>("evidence").Description("What shows it reached: a sign-off, minutes, a test report (up to 1,000 characters).");
        this.ReadableBy(Access.Inherited);
    }
}
