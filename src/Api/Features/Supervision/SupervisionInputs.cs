using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Supervision;

namespace InfoGov.Api.Features.Supervision;

/// <summary>Input of <c>recordInspection</c>.</summary>
public sealed record RecordInspectionInput(string? DepartmentCode, string? ProjectId, string Title, DateOnly InspectedOn, string Findings, List<RectificationItemInput>? Items);

/// <summary>One rectification item of <c>recordInspection</c>.</summary>
public sealed record RectificationItemInput(string Finding, string Requirement, string Owner, DateOnly DueOn);

public sealed class RecordInspectionInputGraphType : InputObjectGraphType<RecordInspectionInput>
{
    public RecordInspectionInputGraphType()
    {
        Name = "RecordInspectionInput";
        Description = "An inspection the office held, of a department (departmentCode) or of a project (projectId), with the rectification items it set.";
        Field<StringGraphType>("departmentCode").Description("The inspected department; give it, or projectId.");
        Field<IdGraphType>("projectId").Description("The inspected project (its owning department is the inspected one); give it, or departmentCode.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("What was inspected (up to 200 characters).");
        Field<NonNullGraphType<DateOnlyGraphType>>("inspectedOn").Description("When it was held: not in the future.");
        Field<NonNullGraphType<StringGraphType>>("findings").Description("What it found, in summary.");
        Field<ListGraphType<NonNullGraphType<RectificationItemInputGraphType>>>("items").Description("What the department is to put right, each due after the inspection (at most 50).");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class RectificationItemInputGraphType : InputObjectGraphType<RectificationItemInput>
{
    public RectificationItemInputGraphType()
    {
        Name = "RectificationItemInput";
        Description = "What a department is to put right after an inspection.";
        Field<NonNullGraphType<StringGraphType>>("finding").Description("What was found.");
        Field<NonNullGraphType<StringGraphType>>("requirement").Description("What is to be done.");
        Field<NonNullGraphType<StringGraphType>>("owner").Description("Who answers for it.");
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("The deadline, after the inspection.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>answerRectification</c>, <c>closeRectification</c> and <c>reopenRectification</c>.</summary>
public sealed record RectificationStepInput(string ItemId, int Version, string? Text);

public sealed class RectificationStepInputGraphType : InputObjectGraphType<RectificationStepInput>
{
    public RectificationStepInputGraphType()
    {
        Name = "RectificationStepInput";
        Description = "A step of a rectification item: the department's answer, or the office's closing or reopening.";
        Field<NonNullGraphType<IdGraphType>>("itemId").Description("Global id of the rectification item.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The item's version; a stale version is refused with CONFLICT.");
        Field<StringGraphType>("text").Description("Answering: what was done (required). Reopening: what is still missing (required). Closing: not used.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>publishNotice</c>.</summary>
public sealed record PublishNoticeInput(NoticeKind Kind, string DepartmentCode, string? OfficialId, string Reason, NoticeBasis Basis, string? BasisId, DateOnly? BulletinMonth);

public sealed class PublishNoticeInputGraphType : InputObjectGraphType<PublishNoticeInput>
{
    public PublishNoticeInputGraphType()
    {
        Name = "PublishNoticeInput";
        Description = "A commendation or criticism of a department or its head, resting on an inspection, an assessment or a bulletin.";
        Field<NonNullGraphType<NoticeKindGraphType>>("kind").Description("Commendation or criticism.");
        Field<NonNullGraphType<StringGraphType>>("departmentCode").Description("The department concerned.");
        Field<IdGraphType>("officialId").Description("The department's head, when the notice names them.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why.");
        Field<NonNullGraphType<NoticeBasisGraphType>>("basis").Description("The kind of record it rests on.");
        Field<IdGraphType>("basisId").Description("The inspection or assessment of that department it rests on.");
        Field<DateOnlyGraphType>("bulletinMonth").Description("Any day of the month of the bulletin it rests on; not a future month.");
        this.ReadableBy(Access.Inherited);
    }
}
