using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Schema;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Assessments;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Projects;
using InfoGov.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Supervision;

/// <summary>The office's supervision: inspections with their rectification items, commendations and criticisms, and committee meetings.</summary>
public sealed class SupervisionRootFields : IRootFields
{
    /// <summary>Who answers a rectification item: the inspected department's information manager and leader.</summary>
    public static readonly Access Answerers = Access.Roles().InOwnDepartment(Roles.InformationManager, Roles.DepartmentLeader);

    private const int MaxItems = 50;

    public void AddQueries(ObjectGraphType query, IServiceProvider services)
    {
        CommitteeMeetings.AddQueries(query);
        query.Connection<object?, InspectionGraphType>("inspections", "The office's inspections, latest first.")
            .ReadableBy(Readers.Government)
            .Argument<StringGraphType>("departmentCode", "Only inspections of the department with this code.")
            .ResolveQuery(ctx =>
            {
                var loaders = ctx.Loaders();
                var inspections = loaders.Visible<Inspection>();
                if (ctx.GetArgument<string?>("departmentCode") is { } code)
                    inspections = inspections.Where(i => loaders.Db.Departments.Any(d => d.Code == code && d.Id == i.DepartmentId));
                return inspections.OrderByDescending(i => i.InspectedOn).ThenBy(i => i.Code);
            });
        query.Connection<object?, RectificationItemGraphType>("overdueRectifications", "Rectification items open past their deadline, the oldest deadline first.")
            .ReadableBy(Readers.Government)
            .ResolveQuery(ctx =>
            {
                var today = ctx.Clock().Today;
                return ctx.Loaders().Visible<RectificationItem>().Where(r => r.Status == RectificationStatus.Open && r.DueOn < today)
                    .OrderBy(r => r.DueOn).ThenBy(r => r.Id);
            });
        query.Connection<object?, SupervisionNoticeGraphType>("notices", "Commendations and criticisms the office published, latest first.")
            .ReadableBy(Readers.Government)
            .Argument<StringGraphType>("departmentCode", "Only those of the department with this code.")
            .Argument<NoticeKindGraphType>("kind", "Only commendations, or only criticisms.")
            .Argument<IntGraphType>("year", "Only those published in this year (the assessment year).")
            .ResolveQuery(ctx =>
            {
                var loaders = ctx.Loaders();
                var notices = loaders.Visible<SupervisionNotice>();
                if (ctx.GetArgument<string?>("departmentCode") is { } code)
                    notices = notices.Where(n => loaders.Db.Departments.Any(d => d.Code == code && d.Id == n.DepartmentId));
                if (ctx.GetArgument<NoticeKind?>("kind") is { } kind) notices = notices.Where(n => n.Kind == kind);
                if (ctx.GetArgument<int?>("year") is { } year)
                {
                    var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
                    notices = notices.Where(n => n.PublishedOn >= from && n.PublishedOn <= to);
                }
                return notices.OrderByDescending(n => n.PublishedOn).ThenBy(n => n.Id);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        CommitteeMeetings.AddMutations(mutation);
        mutation.Mutation<InspectionGraphType, RecordInspectionInputGraphType, RecordInspectionInput>("recordInspection", Readers.Office,
            "Records an inspection the office held of a department or a project, with the rectification items it set (owner, deadline each).", "The inspection.", RecordAsync);
        mutation.Mutation<RectificationItemGraphType, RectificationStepInputGraphType, RectificationStepInput>("answerRectification", Answerers,
            "The inspected department answers an open rectification item: what it did. The office then closes it or reopens it.", "The item, its version and the answer (text).", AnswerAsync);
        mutation.Mutation<RectificationItemGraphType, RectificationStepInputGraphType, RectificationStepInput>("closeRectification", Readers.Office,
            "The office accepts the department's answer and closes the item.", "The item and its version.", CloseAsync);
        mutation.Mutation<RectificationItemGraphType, RectificationStepInputGraphType, RectificationStepInput>("reopenRectification", Readers.Office,
            "The office does not accept the department's answer: the item is open again (overdue if past its deadline), with what is still missing (text).", "The item, its version and the reason (text).", ReopenAsync);
        mutation.Mutation<SupervisionNoticeGraphType, PublishNoticeInputGraphType, PublishNoticeInput>("publishNotice", Readers.Office,
            "Publishes a commendation or criticism of a department or its head, resting on an inspection or an assessment of that department, or on a bulletin.", "The notice.", PublishAsync);
    }

    private static Task<Payload> RecordAsync(IResolveFieldContext ctx, RecordInspectionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Inspection), null, async (scope, ct) =>
        {
            if ((input.DepartmentCode is null) == (input.ProjectId is null))
                throw new MutationRefusal(new UserError(UserError.Validation, "Name the inspected department (departmentCode) or project (projectId), one of them.", "departmentCode"));
            if (input.Items is { Count: > MaxItems })
                throw new MutationRefusal(new UserError(UserError.Validation, $"An inspection sets at most {MaxItems} items; record the others in a second one.", "items"));
            Guid departmentId;
            Project? project = null;
            if (input.ProjectId is { } projectId)
            {
                project = await scope.FindAsync<Project>(projectId, "projectId", ct);
                departmentId = project.OwnerDepartmentId;
            }
            else
            {
                departmentId = await scope.Db.Departments.Where(d => d.Code == input.DepartmentCode).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(ct)
                               ?? throw new MutationRefusal(new UserError(UserError.NotFound, $"No department has the code '{input.DepartmentCode}'.", "departmentCode"));
            }
            var code = await SequentialCodes.NextAsync(scope.Db.Inspections.Select(i => i.Code), $"DC-{scope.Today.Year}-", ct);
            var (inspection, items) = Inspection.Record(code, departmentId, project?.Id, input.Title, input.InspectedOn, input.Findings,
                (input.Items ?? []).Select(i => (i.Finding, i.Requirement, i.Owner, i.DueOn)).ToList(), scope.Actor, scope.Now, scope.Today);
            scope.Db.Inspections.Add(inspection);
            scope.Db.RectificationItems.AddRange(items);
            return new MutationRunner.Change(inspection, inspection, $"Inspection {inspection.Code} '{inspection.Title}' with {items.Count} rectification items.");
        });

    private static Task<Payload> AnswerAsync(IResolveFieldContext ctx, RectificationStepInput input) =>
        OnItem(ctx, input, own: true, (item, scope) =>
        {
            item.Respond(input.Text ?? "", scope.Today);
            return "answered";
        });

    private static Task<Payload> CloseAsync(IResolveFieldContext ctx, RectificationStepInput input) =>
        OnItem(ctx, input, own: false, (item, scope) =>
        {
            item.Close(scope.Now);
            return "closed";
        });

    private static Task<Payload> ReopenAsync(IResolveFieldContext ctx, RectificationStepInput input) =>
        OnItem(ctx, input, own: false, (item, _) =>
        {
            item.Reopen(input.Text ?? "");
            return "reopened";
        });

    /// <summary>Loads a rectification item at the given version (of the caller's own department when <paramref name="own"/>), applies one step and describes it.</summary>
    private static Task<Payload> OnItem(IResolveFieldContext ctx, RectificationStepInput input, bool own, Func<RectificationItem, MutationScope, string> step) =>
        ctx.Mutations().RunAsync(ctx, nameof(RectificationItem), MutationContextExtensions.TargetId(input.ItemId, nameof(RectificationItem)), async (scope, ct) =>
        {
            var item = await scope.FindAsync<RectificationItem>(input.ItemId, "itemId", ct);
            if (own) scope.RequireDepartment(item);
            scope.RequireVersion(item, input.Version);
            var what = step(item, scope);
            var code = await scope.Db.Inspections.Where(i => i.Id == item.InspectionId).Select(i => i.Code).SingleAsync(ct);
            return new MutationRunner.Change(item, item, $"{code} item {item.Number} {what}.");
        });

    private static Task<Payload> PublishAsync(IResolveFieldContext ctx, PublishNoticeInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(SupervisionNotice), null, async (scope, ct) =>
        {
            var department = await scope.Db.Departments.SingleOrDefaultAsync(d => d.Code == input.DepartmentCode, ct)
                             ?? throw new MutationRefusal(new UserError(UserError.NotFound, $"No department has the code '{input.DepartmentCode}'.", "departmentCode"));
            Guid? officialId = null;
            if (input.OfficialId is { } official)
            {
                var head = await scope.FindAsync<Official>(official, "officialId", ct);
                if (head.DepartmentId != department.Id || !head.IsHead)
                    throw new MutationRefusal(new UserError(UserError.Validation, "A notice names the head of the department concerned.", "officialId"));
                officialId = head.Id;
            }
            Guid? basisId = input.Basis switch
            {
                NoticeBasis.Inspection when input.BasisId is { } id => (await scope.FindAsync<Inspection>(id, "basisId", ct)) is { } inspection && inspection.DepartmentId == department.Id
                    ? inspection.Id : throw new MutationRefusal(new UserError(UserError.Validation, "The inspection is of another department.", "basisId")),
                NoticeBasis.Assessment when input.BasisId is { } id => (await scope.FindAsync<Assessment>(id, "basisId", ct)) is { } assessment && assessment.DepartmentId == department.Id
                    ? assessment.Id : throw new MutationRefusal(new UserError(UserError.Validation, "The assessment is of another department.", "basisId")),
                _ => null,
            };
            var notice = SupervisionNotice.Publish(input.Kind, department.Id, officialId, input.Reason, input.Basis, basisId, input.BulletinMonth, scope.Actor, scope.Today);
            scope.Db.SupervisionNotices.Add(notice);
            return new MutationRunner.Change(notice, notice, $"{input.Kind} of {department.Code}: {notice.Reason}");
        });
}
