using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common;

namespace InfoGov.Api.Projects;

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
        this.ReadableBy(Access.Inherited);
    }
}

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

public sealed class MilestoneInputGraphType : InputObjectGraphType<MilestoneInput>
{
    public MilestoneInputGraphType()
    {
        Name = "MilestoneInput";
        Description = "A milestone of the baseline.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("What is reached at the milestone.");
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("Planned date, between the baseline's start and due dates.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class DeclareExpertConflictInputGraphType : InputObjectGraphType<DeclareExpertConflictInput>
{
    public DeclareExpertConflictInputGraphType()
    {
        Name = "DeclareExpertConflictInput";
        Description = "The calling expert's conflict of interest with a department; they are never drawn for its projects.";
        Field<NonNullGraphType<StringGraphType>>("departmentCode").Description("Code of the department.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("The nature of the conflict.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class ProjectDecisionKindGraphType() : DescribedEnumGraphType<ProjectDecisionKind>(
    "What the office decides on a reviewed application.",
    new Dictionary<ProjectDecisionKind, string>
    {
        [ProjectDecisionKind.Approve] = "Approve: fixes the baseline. Major projects need the owning leader's approval first.",
        [ProjectDecisionKind.Reject] = "Reject, with a reason.",
        [ProjectDecisionKind.ReturnForRevision] = "Return to the department to revise and resubmit, with a reason.",
    });
