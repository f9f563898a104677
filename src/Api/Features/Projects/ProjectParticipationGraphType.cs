using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ProjectParticipationGraphType : ObjectGraphType<ProjectParticipant>
{
    public ProjectParticipationGraphType()
    {
        Name = "ProjectParticipation";
        Description = "A department taking part in another department's cross-department project.";
        Field<ProjectGraphType>("project").Description("The project. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        Field<NonNullGraphType<DepartmentGraphType>>("department").Description("The participating department.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.DepartmentId));
        Field(p => p.Role, nullable: true).Description("What the department contributes.");
        this.ReadableBy(Readers.Government);
    }
}
