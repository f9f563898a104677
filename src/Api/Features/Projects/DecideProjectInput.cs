using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>decideProject</c>.</summary>
public sealed record DecideProjectInput(string ProjectId, int Version, ProjectDecisionKind Decision, string? Reason, List<MilestoneInput>? Milestones);

public sealed class DecideProjectInputGraphType : InputObjectGraphType<DecideProjectInput>
{
    public DecideProjectInputGraphType()
    {
        Name = "DecideProjectInput";
        Description = "The office's decision on a reviewed application.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<ProjectDecisionKindGraphType>>("decision").Description("Approve, reject or return for revision.");
        Field<StringGraphType>("reason").Description("Why; required to reject or return.");
        Field<ListGraphType<NonNullGraphType<MilestoneInputGraphType>>>("milestones").Description("Milestones fixed with the baseline on approval, within its dates.");
        this.ReadableBy(Access.Inherited);
    }
}
