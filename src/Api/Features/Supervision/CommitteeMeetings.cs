using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Common;
using InfoGov.Domain.Planning;
using InfoGov.Domain.Projects;
using InfoGov.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Supervision;

/// <summary>The committee's quarterly meetings, their decisions and the action items followed up until done.</summary>
public static class CommitteeMeetings
{
    private const int MaxDecisions = 20;
    private const int MaxActions = 50;
    private const int MaxLinksPerDecision = 20;

    public static void AddQueries(ObjectGraphType query)
    {
        query.Connection<object?, CommitteeMeetingGraphType>("committeeMeetings", "The committee's meetings, latest first.")
            .ReadableBy(Readers.Government)
            .Argument<IntGraphType>("year", "Only meetings held in this year.")
            .ResolveQuery(ctx =>
            {
                var meetings = ctx.Loaders().Visible<CommitteeMeeting>();
                if (ctx.GetArgument<int?>("year") is { } year)
                {
                    var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
                    meetings = meetings.Where(m => m.HeldOn >= from && m.HeldOn <= to);
                }
                return meetings.OrderByDescending(m => m.HeldOn).ThenBy(m => m.Code);
            });
        query.Field<CommitteeMeetingGraphType>("committeeMeeting")
            .ReadableBy(Readers.Government)
            .Description("The committee meeting with this code; null when there is none. Printable as GET /meetings/{code}.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The meeting's code, e.g. HY-2026-Q4.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                return await ctx.Loaders().Visible<CommitteeMeeting>().SingleOrDefaultAsync(m => m.Code == code, ctx.CancellationToken);
            });
        query.Connection<object?, ActionItemGraphType>("openActionItems", "Action items of committee meetings not yet done, the earliest deadline first.")
            .ReadableBy(Readers.Government)
            .Argument<BooleanGraphType>("overdueOnly", "Only those past their deadline.")
            .ResolveQuery(ctx =>
            {
                var items = ctx.Loaders().Visible<ActionItem>().Where(a => a.DoneOn == null);
                if (ctx.GetArgument<bool?>("overdueOnly") == true)
                {
                    var today = ctx.Clock().Today;
                    items = items.Where(a => a.DueOn < today);
                }
                return items.OrderBy(a => a.DueOn).ThenBy(a => a.Id);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutation<CommitteeMeetingGraphType, RecordCommitteeMeetingInputGraphType, RecordCommitteeMeetingInput>("recordCommitteeMeeting", Readers.Office,
            "Records a committee meeting held: its agenda, its decisions with the projects they concern, and the action items that follow them (owner, department, deadline).", "The meeting.", RecordAsync);
        mutation.Mutation<ActionItemGraphType, ActionStepInputGraphType, ActionStepInput>("reportActionProgress", SupervisionRootFields.Answerers,
            "The department carrying out an open action item reports how it stands.", "The item, its version and the progress.", ProgressAsync);
        mutation.Mutation<ActionItemGraphType, ActionStepInputGraphType, ActionStepInput>("completeActionItem", Readers.Office,
            "The office records an action item done, with what was done.", "The item, its version and the outcome.", CompleteAsync);
    }

    private static Task<Payload> RecordAsync(IResolveFieldContext ctx, RecordCommitteeMeetingInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(CommitteeMeeting), null, async (scope, ct) =>
        {
            if (input.Decisions.Count > MaxDecisions)
                throw new MutationRefusal(new UserError(UserError.Validation, $"Record at most {MaxDecisions} decisions of a meeting.", "decisions"));
            if (input.ActionItems is { Count: > MaxActions })
                throw new MutationRefusal(new UserError(UserError.Validation, $"Record at most {MaxActions} action items of a meeting.", "actionItems"));
            var decisions = new List<(string, IReadOnlyList<Guid>, IReadOnlyList<Guid>)>();
            for (var i = 0; i < input.Decisions.Count; i++)
            {
                var projects = await LinkedAsync<Project>(scope, input.Decisions[i].ProjectIds, $"decisions[{i}].projectIds", ct);
                var plans = await LinkedAsync<Plan>(scope, input.Decisions[i].PlanIds, $"decisions[{i}].planIds", ct);
                decisions.Add((input.Decisions[i].Text, projects, plans));
            }
            var codes = (input.ActionItems ?? []).Select(a => a.DepartmentCode).Distinct().ToList();
            var departments = await scope.Db.Departments.Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.Id, ct);
            var actions = (input.ActionItems ?? []).Select((a, i) => departments.TryGetValue(a.DepartmentCode, out var departmentId)
                ? (a.Decision, a.Description, a.Owner, departmentId, a.DueOn)
                : throw new MutationRefusal(new UserError(UserError.NotFound, $"No department has the code '{a.DepartmentCode}'.", $"actionItems[{i}].departmentCode"))).ToList();
            var quarter = $"HY-{input.HeldOn.Year}-Q{(input.HeldOn.Month - 1) / 3 + 1}";
            var held = await scope.Db.CommitteeMeetings.CountAsync(m => m.Code.StartsWith(quarter), ct);
            var (meeting, made, items) = CommitteeMeeting.Record(held == 0 ? quarter : $"{quarter}-{held + 1}", input.HeldOn, input.Agenda, decisions, actions,
                scope.Actor, scope.Now, scope.Today);
            scope.Db.CommitteeMeetings.Add(meeting);
            scope.Db.MeetingDecisions.AddRange(made);
            scope.Db.ActionItems.AddRange(items);
            return new MutationRunner.Change(meeting, meeting, $"Committee meeting {meeting.Code}: {made.Count} decisions, {items.Count} action items.");
        });

    /// <summary>The objects a decision names (at most <see cref="MaxLinksPerDecision"/>), each of which must exist.</summary>
    private static async Task<IReadOnlyList<Guid>> LinkedAsync<T>(MutationScope scope, List<string>? ids, string field, CancellationToken ct) where T : Entity
    {
        if (ids is { Count: > MaxLinksPerDecision })
            throw new MutationRefusal(new UserError(UserError.Validation, $"A decision names at most {MaxLinksPerDecision} {typeof(T).Name.ToLowerInvariant()}s.", field));
        var found = new List<Guid>();
        foreach (var id in ids ?? []) found.Add((await scope.FindAsync<T>(id, field, ct)).Id);
        return found;
    }

    private static Task<Payload> ProgressAsync(IResolveFieldContext ctx, ActionStepInput input) =>
        OnItem(ctx, input, own: true, item => item.ReportProgress(input.Text), "progress reported");

    private static Task<Payload> CompleteAsync(IResolveFieldContext ctx, ActionStepInput input) =>
        OnItem(ctx, input, own: false, item => item.Complete(input.Text, ctx.Clock().Today), "done");

    private static Task<Payload> OnItem(IResolveFieldContext ctx, ActionStepInput input, bool own, Action<ActionItem> step, string what) =>
        ctx.Mutations().RunAsync(ctx, nameof(ActionItem), MutationContextExtensions.TargetId(input.ItemId, nameof(ActionItem)), async (scope, ct) =>
        {
            var item = await scope.FindAsync<ActionItem>(input.ItemId, "itemId", ct);
            if (own) scope.RequireDepartment(item);
            scope.RequireVersion(item, input.Version);
            step(item);
            return new MutationRunner.Change(item, item, $"Action item {item.Number}: {what}.");
        });
}
