using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ProjectPlanGraphType : ObjectGraphType<ProjectPlan>
{
    public ProjectPlanGraphType()
    {
        Name = "ProjectPlan";
        Description = "Scope, budget and dates of a project: proposed in the application, fixed as the baseline on approval, replaced by an approved change.";
        Field(p => p.Scope).Description("What the project delivers.");
        Field<NonNullGraphType<MoneyGraphType>>("budget").ReadableBy(Readers.GovernmentAndDashboards).Description("Total budget of the project.").Resolve(ctx => ctx.Source.Budget);
        Field(p => p.StartOn).ReadableBy(Readers.Anyone).Description("Planned start date.");
        Field(p => p.DueOn).ReadableBy(Readers.Anyone).Description("Planned completion date.");
        Field(p => p.DurationDays).ReadableBy(Readers.Anyone).Description("Planned duration in calendar days.");
        this.ReadableBy(Access.Inherited, fields: Readers.Government);
    }
}
