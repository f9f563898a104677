using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Leadership;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Projects;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Projects;
using InfoGov.Domain.Supervision;

namespace InfoGov.Api.Features.Supervision;

public sealed class InspectionGraphType : ObjectGraphType<Inspection>
{
    public InspectionGraphType()
    {
        Name = "Inspection";
        Description = "The office's inspection (督促检查) of a department or of one of its projects: what it found, and the rectification items it set.";
        this.IsNode();
        Field(i => i.Code).Description("DC-yyyy-nnn.");
        Field(i => i.Title).Description("What was inspected.");
        Field(i => i.InspectedOn).Description("When the inspection was held.");
        Field(i => i.Findings).Description("What the inspection found, in summary.");
        Field(i => i.InspectedBy).Description("Who inspected, for the office.");
        Field(i => i.RecordedAt).Description("When it was recorded.");
        Field(i => i.Version).Description("Concurrency version; changes with every edit.");
        Field<DepartmentGraphType>("department").Description("The inspected department (the owner, for a project).")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.DepartmentId));
        Field<ProjectGraphType>("project").Description("The inspected project; null for an inspection of the department as a whole, or when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.Connection<Inspection, RectificationItemGraphType>("items", "The rectification items it set, in order.")
            .ResolveBatched(ctx => ctx.Loaders().Children<RectificationItem>(nameof(RectificationItem.InspectionId), ctx.Source.Id, r => r.OrderBy(x => x.Number)));
        this.ReadableBy(Readers.Government);
    }
}

public sealed class RectificationItemGraphType : ObjectGraphType<RectificationItem>
{
    public RectificationItemGraphType()
    {
        Name = "RectificationItem";
        Description = "What an inspection requires a department to put right, by when and who answers for it; answered by the department, closed or reopened by the office.";
        this.IsNode();
        Field(r => r.Number).Description("Its number within the inspection, from 1.");
        Field(r => r.Finding).Description("What was found.");
        Field(r => r.Requirement).Description("What is to be done.");
        Field(r => r.Owner).Description("Who answers for it.");
        Field(r => r.DueOn).Description("The deadline.");
        Field(r => r.Status, type: typeof(NonNullGraphType<RectificationStatusGraphType>)).Description("Open, answered, or closed.");
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Description("True while open (never answered, or reopened) past its deadline.")
            .Resolve(ctx => ctx.Source.IsOverdue(ctx.Clock().Today));
        Field(r => r.Answer, nullable: true).Description("What the department says it did; null before its first answer.");
        Field(r => r.AnsweredOn, nullable: true).Description("When it last answered.");
        Field(r => r.ClosedAt, nullable: true).Description("When the office closed it; null while not closed.");
        Field(r => r.ReopenReason, nullable: true).Description("Why the office last reopened it; null if it never did.");
        Field(r => r.Version).Description("Concurrency version; changes with every edit.");
        Field<InspectionGraphType>("inspection").Description("The inspection that set it.")
            .Resolve(ctx => ctx.Loaders().ById<Inspection>(ctx.Source.InspectionId));
        this.ReadableBy(Readers.Government);
    }
}

public sealed class SupervisionNoticeGraphType : ObjectGraphType<SupervisionNotice>
{
    public SupervisionNoticeGraphType()
    {
        Name = "SupervisionNotice";
        Description = "A commendation or criticism the office published by bulletin (通报表扬/批评) of a department or its head, with the reason and the record it rests on.";
        this.IsNode();
        Field(n => n.Kind, type: typeof(NonNullGraphType<NoticeKindGraphType>)).Description("Commendation or criticism.");
        Field(n => n.Reason).Description("Why.");
        Field(n => n.Basis, type: typeof(NonNullGraphType<NoticeBasisGraphType>)).Description("The kind of record it rests on.");
        Field<InspectionGraphType>("inspection").Description("The inspection it rests on; null for another basis.")
            .Resolve(ctx => ctx.Loaders().ById<Inspection>(ctx.Source.Basis == NoticeBasis.Inspection ? ctx.Source.BasisId : null));
        Field<IdGraphType>("assessmentId").Description("Global id of the assessment it rests on; null for another basis.")
            .Resolve(ctx => ctx.Source.Basis == NoticeBasis.Assessment && ctx.Source.BasisId is { } id ? GlobalId.Encode("Assessment", id) : null);
        Field(n => n.BulletinMonth, nullable: true).Description("The first day of the month of the bulletin it rests on; null for another basis.");
        Field(n => n.PublishedOn).Description("When the office published it.");
        Field(n => n.PublishedBy).Description("Who published it, for the office.");
        Field<DepartmentGraphType>("department").Description("The department concerned.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.DepartmentId));
        Field<OfficialGraphType>("official").Description("The head concerned, when the notice names one.")
            .Resolve(ctx => ctx.Loaders().ById<Official>(ctx.Source.OfficialId));
        this.ReadableBy(Readers.Government);
    }
}

public sealed class RectificationStatusGraphType() : DescribedEnumGraphType<RectificationStatus>(
    "Where a rectification item stands.",
    new Dictionary<RectificationStatus, string>
    {
        [RectificationStatus.Open] = "Waiting for the department's answer (again, after a reopening).",
        [RectificationStatus.Answered] = "The department answered; the office is to close or reopen it.",
        [RectificationStatus.Closed] = "The office accepted the answer.",
    });

public sealed class NoticeKindGraphType() : DescribedEnumGraphType<NoticeKind>(
    "Praise or blame, published by bulletin.",
    new Dictionary<NoticeKind, string>
    {
        [NoticeKind.Commendation] = "通报表扬: a commendation.",
        [NoticeKind.Criticism] = "通报批评: a criticism.",
    });

public sealed class NoticeBasisGraphType() : DescribedEnumGraphType<NoticeBasis>(
    "The record a commendation or criticism rests on.",
    new Dictionary<NoticeBasis, string>
    {
        [NoticeBasis.Inspection] = "An inspection of the office (basisId).",
        [NoticeBasis.Assessment] = "A yearly assessment of the department (basisId).",
        [NoticeBasis.Bulletin] = "A monthly bulletin (bulletinMonth).",
    });
