using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Planning;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Projects;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Planning;
using InfoGov.Domain.Projects;
using InfoGov.Domain.Supervision;

namespace InfoGov.Api.Features.Supervision;

public sealed class CommitteeMeetingGraphType : ObjectGraphType<CommitteeMeeting>
{
    public CommitteeMeetingGraphType()
    {
        Name = "CommitteeMeeting";
        Description = "A meeting of the informatization committee (held every quarter): its agenda, decisions and the action items that follow them.";
        this.IsNode();
        Field(m => m.Code).Description("HY-yyyy-Qn (a second meeting in a quarter: HY-yyyy-Qn-2).");
        Field(m => m.HeldOn).Description("When it was held.");
        Field(m => m.Quarter).Description("The quarter (1-4) it was held in.");
        Field(m => m.Agenda).Description("The agenda.");
        Field(m => m.RecordedAt).Description("When it was recorded.");
        Field(m => m.RecordedBy).Description("Who recorded it, for the office.");
        Field(m => m.Version).Description("Concurrency version; changes with every edit.");
        this.Connection<CommitteeMeeting, MeetingDecisionGraphType>("decisions", "What the meeting decided, in order.")
            .ResolveBatched(ctx => ctx.Loaders().Children<MeetingDecision>(nameof(MeetingDecision.MeetingId), ctx.Source.Id, d => d.OrderBy(x => x.Number)));
        this.Connection<CommitteeMeeting, ActionItemGraphType>("actionItems", "The action items that follow its decisions, in order.")
            .ResolveBatched(ctx => ctx.Loaders().Children<ActionItem>(nameof(ActionItem.MeetingId), ctx.Source.Id, a => a.OrderBy(x => x.Number)));
        this.ReadableBy(Readers.Government);
    }
}

public sealed class MeetingDecisionGraphType : ObjectGraphType<MeetingDecision>
{
    public MeetingDecisionGraphType()
    {
        Name = "MeetingDecision";
        Description = "A decision of a committee meeting and the projects and plans it concerns.";
        Field(d => d.Number).Description("Its number within the meeting, from 1.");
        Field(d => d.Text).Description("What was decided.");
        this.Connection<MeetingDecision, ProjectGraphType>("projects", "The projects it concerns that the caller may see (at most 20 per decision).")
            .ResolveBatched(ctx =>
            {
                var loaders = ctx.Loaders();
                return LoaderResults.AllOf(ctx.Source.ProjectIds.Select(id => loaders.ById<Project>(id)).ToList());
            });
        this.Connection<MeetingDecision, PlanGraphType>("plans", "The plans it concerns that the caller may see (at most 20 per decision).")
            .ResolveBatched(ctx =>
            {
                var loaders = ctx.Loaders();
                return LoaderResults.AllOf(ctx.Source.PlanIds.Select(id => loaders.ById<Plan>(id)).ToList());
            });
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class ActionItemGraphType : ObjectGraphType<ActionItem>
{
    public ActionItemGraphType()
    {
        Name = "ActionItem";
        Description = "What a committee decision requires a department to do, by when; followed up until the office records it done.";
        this.IsNode();
        Field(a => a.Number).Description("Its number within the meeting, from 1.");
        Field(a => a.Description).Description("What is to be done.");
        Field(a => a.Owner).Description("Who answers for it.");
        Field(a => a.DueOn).Description("The deadline.");
        Field(a => a.IsDone).Description("True once the office recorded it done.");
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Description("True while not done past its deadline.")
            .Resolve(ctx => ctx.Source.IsOverdue(ctx.Clock().Today));
        Field(a => a.Progress, nullable: true).Description("The latest progress the department reported.");
        Field(a => a.DoneOn, nullable: true).Description("When it was done; null while open.");
        Field(a => a.Outcome, nullable: true).Description("What was done.");
        Field(a => a.Version).Description("Concurrency version; changes with every edit.");
        Field<DepartmentGraphType>("department").Description("The department that carries it out.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.DepartmentId));
        Field<CommitteeMeetingGraphType>("meeting").Description("The meeting that set it.")
            .Resolve(ctx => ctx.Loaders().ById<CommitteeMeeting>(ctx.Source.MeetingId));
        this.ReadableBy(Readers.Government);
    }
}
