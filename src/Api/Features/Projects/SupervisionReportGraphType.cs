using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class SupervisionReportGraphType : ObjectGraphType<SupervisionReport>
{
    public SupervisionReportGraphType()
    {
        Name = "SupervisionReport";
        Description = "A construction supervisor's (监理) monthly report on a project, as the owning department received it. Read by the office and the owning department.";
        this.IsNode();
        Field(r => r.Month).Description("The first day of the month reported on.");
        Field(r => r.Quality, type: typeof(NonNullGraphType<QualityFindingGraphType>)).Description("How the supervisor found the quality of the work.");
        Field(r => r.Schedule, type: typeof(NonNullGraphType<ScheduleFindingGraphType>)).Description("How the supervisor found the schedule.");
        Field(r => r.Issues, nullable: true).Description("The issues found; given whenever the work is not satisfactory or not on schedule.");
        Field(r => r.RecordedAt).Description("When it was recorded.");
        Field(r => r.RecordedBy).Description("Who recorded it.");
        Field<VendorGraphType>("supervisor").ReadableBy(ProjectReaders.VendorRegister).Description("The supervising firm. Restricted: contracts and vendors (the register's readers).")
            .Resolve(ctx => ctx.Loaders().ById<Vendor>(ctx.Source.SupervisorId));
        Field<ProjectGraphType>("project").Description("The project. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(ProjectReaders.SupervisionReaders);
    }
}

public sealed class QualityFindingGraphType() : DescribedEnumGraphType<QualityFinding>(
    "How a construction supervisor found the quality of the work in a month.",
    new Dictionary<QualityFinding, string>
    {
        [QualityFinding.Satisfactory] = "The work meets the contract's standards.",
        [QualityFinding.NeedsImprovement] = "Defects to correct; none that stops the work.",
        [QualityFinding.Unsatisfactory] = "Defects that must be corrected before the work goes on.",
    });

public sealed class ScheduleFindingGraphType() : DescribedEnumGraphType<ScheduleFinding>(
    "How a construction supervisor found the schedule in a month.",
    new Dictionary<ScheduleFinding, string>
    {
        [ScheduleFinding.OnSchedule] = "On the implementation plan's schedule.",
        [ScheduleFinding.Slipping] = "Behind, and recoverable within the plan.",
        [ScheduleFinding.Behind] = "Behind beyond what the plan can absorb.",
    });
