using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class MilestoneGraphType : ObjectGraphType<Milestone>
{
    public MilestoneGraphType()
    {
        Name = "Milestone";
        Description = "A dated checkpoint of a project's baseline.";
        this.IsNode();
        Field(m => m.Name).Description("What is reached at the milestone.");
        Field(m => m.DueOn).Description("Planned date.");
        Field(m => m.CompletedOn, nullable: true).Description("The day it was reached, as the owning department recorded it (completeMilestone); null while not reached.");
        Field(m => m.Evidence, nullable: true).Description("What shows it reached; null while not reached.");
        Field<NonNullGraphType<IntGraphType>>("daysLate").Description("Days past the due date today: how late it was reached, or how long it has been open past its date; 0 when on time or not yet due.")
            .Resolve(ctx => ctx.Source.DaysLate(ctx.Clock().Today));
        Field(m => m.Version).Description("Concurrency version; changes with every edit.");
        Field<ProjectGraphType>("project").Description("The project. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.Government);
    }
}
