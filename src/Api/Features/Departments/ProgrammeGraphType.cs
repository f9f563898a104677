using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Projects;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Departments;

public sealed class ProgrammeGraphType : ObjectGraphType<Programme>
{
    public ProgrammeGraphType()
    {
        Name = "Programme";
        Description = "A major cross-department initiative owned by one group of the informatization committee and led by one department.";
        this.IsNode();
        Field(p => p.Code).Description("Stable code of the programme (e.g. EGOV).");
        Field(p => p.Name).Description("Name in Chinese.");
        Field(p => p.NameEn, nullable: true).Description("Name in English.");
        Field(p => p.Description, nullable: true).Description("What the programme covers.");
        Field(p => p.AnnualTargets, nullable: true).Description("Yearly targets as free text, as written before targets were structured; see targets.");
        Field(p => p.Version).Description("Optimistic concurrency version.");
        this.Connection<Programme, ProgrammeTargetGraphType>("targets", "The programme's targets by year, then unit.")
            .ResolveBatched(ctx => ctx.Loaders().Children<ProgrammeTarget>(nameof(ProgrammeTarget.ProgrammeId), ctx.Source.Id, ts => ts.OrderBy(t => t.Year).ThenBy(t => t.Unit, StringComparer.Ordinal)));
        Field<NonNullGraphType<DepartmentGraphType>>("leadDepartment").Description("The department that leads the programme.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.LeadDepartmentId));
        this.Connection<Programme, ProjectGraphType>("projects", "Projects that belong to this programme, by code.")
            .ResolveBatched(ctx => ctx.Loaders().Children<Project>(nameof(Project.ProgrammeId), ctx.Source.Id, ps => ps.OrderBy(p => p.Code, StringComparer.Ordinal)));
        this.ReadableBy(Readers.Anyone);
    }
}
