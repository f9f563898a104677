using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ChangeRequestGraphType : ObjectGraphType<ChangeRequest>
{
    public ChangeRequestGraphType()
    {
        Name = "ChangeRequest";
        Description = "A request to change the scope, budget or dates of an approved project. It takes effect only when the office approves it.";
        this.IsNode();
        Field(c => c.Kind, type: typeof(NonNullGraphType<ChangeKindGraphType>)).Description("What the request changes.");
        Field(c => c.Reason).Description("Why the change is needed.");
        Field<NonNullGraphType<ProjectPlanGraphType>>("proposedPlan").Description("The whole plan proposed; the new baseline if approved.")
            .Resolve(ctx => ctx.Source.ProposedPlan);
        Field(c => c.Status, type: typeof(NonNullGraphType<ChangeRequestStatusGraphType>)).Description("Where the request stands.");
        Field(c => c.RequestedAt).Description("When the change was requested.");
        Field(c => c.DecidedAt, nullable: true).Description("When the office decided; null while pending.");
        Field(c => c.DecidedBy, nullable: true).Description("Who decided; null while pending, and for requests decided before deciders were recorded.");
        Field(c => c.DecisionNote, nullable: true).Description("The office's note on its decision.");
        Field(c => c.Version).Description("Concurrency version; changes with every edit.");
        Field<ProjectGraphType>("project").Description("The project to change. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.Government);
    }
}
