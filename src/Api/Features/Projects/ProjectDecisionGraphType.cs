using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ProjectDecisionGraphType : ObjectGraphType<ProjectDecision>
{
    public ProjectDecisionGraphType()
    {
        Name = "ProjectDecision";
        Description = "A recorded change of a project's status: who decided, when and why.";
        this.IsNode();
        Field(d => d.FromStatus, type: typeof(NonNullGraphType<ProjectStatusGraphType>)).Description("Status before the decision.");
        Field(d => d.ToStatus, type: typeof(NonNullGraphType<ProjectStatusGraphType>)).Description("Status after the decision.");
        Field(d => d.DecidedBy).Description("Who decided.");
        Field(d => d.DecidedAt).Description("When.");
        Field(d => d.Reason, nullable: true).Description("Why, where a reason is required or was given.");
        Field<ProjectGraphType>("project").Description("The project. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.Government);
    }
}
