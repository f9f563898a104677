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
        Description = "The implementation plan a project files with the office before tendering.";
        this.IsNode();
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
