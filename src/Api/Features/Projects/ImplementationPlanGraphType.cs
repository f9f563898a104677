using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ImplementationPlanGraphType : ObjectGraphType<ImplementationPlan>
{
    public ImplementationPlanGraphType()
    {
        Name = "ImplementationPlan";
        Description = "The implementation plan a project files with the office, which reviews it: accepted (implementation starts) or returned with comments (a revised plan is filed).";
        this.IsNode();
        Field(p => p.Number).Description("1 for the project's first plan, then each revision.");
        Field(p => p.Status, type: typeof(NonNullGraphType<PlanReviewStatusGraphType>)).Description("Filed (waiting for review), accepted or returned.");
        Field(p => p.ReviewComments, nullable: true).Description("The office's comments: why it returned the plan, or notes with its acceptance.");
        Field(p => p.ReviewedAt, nullable: true).Description("When the office reviewed it; null while waiting.");
        Field(p => p.ReviewedBy, nullable: true).Description("Who reviewed it, for the office.");
        Field(p => p.Tasks).Description("Tasks to carry out.");
        Field(p => p.SystemDesign).Description("Outline of the system design.");
        Field(p => p.EquipmentSelection, nullable: true).Description("Equipment chosen.");
        Field(p => p.Schedule).Description("Schedule of the work.");
        Field(p => p.FiledOn).Description("When the plan was filed.");
        Field(p => p.Version).Description("Concurrency version; changes with every edit.");
        Field<ProjectGraphType>("project").Description("The project. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.Government);
    }
}

public sealed class PlanReviewStatusGraphType() : InfoGov.Api.Engine.Common.DescribedEnumGraphType<PlanReviewStatus>(
    "Where an implementation plan stands with the office.",
    new Dictionary<PlanReviewStatus, string>
    {
        [PlanReviewStatus.Filed] = "Filed; waiting for the office's review.",
        [PlanReviewStatus.Accepted] = "Reviewed and accepted (filed for the record): implementation started.",
        [PlanReviewStatus.Returned] = "Returned with the office's comments; the department files a revised plan.",
    });
