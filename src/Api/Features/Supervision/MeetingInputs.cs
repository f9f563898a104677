using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Supervision;

/// <summary>Input of <c>recordCommitteeMeeting</c>.</summary>
public sealed record RecordCommitteeMeetingInput(DateOnly HeldOn, string Agenda, List<MeetingDecisionInput> Decisions, List<ActionItemInput>? ActionItems);

/// <summary>A decision of <c>recordCommitteeMeeting</c>.</summary>
public sealed record MeetingDecisionInput(string Text, List<string>? ProjectIds, List<string>? PlanIds);

/// <summary>An action item of <c>recordCommitteeMeeting</c>.</summary>
public sealed record ActionItemInput(int Decision, string Description, string Owner, string DepartmentCode, DateOnly DueOn);

public sealed class RecordCommitteeMeetingInputGraphType : InputObjectGraphType<RecordCommitteeMeetingInput>
{
    public RecordCommitteeMeetingInputGraphType()
    {
        Name = "RecordCommitteeMeetingInput";
        Description = "A committee meeting held: agenda, decisions with the projects they concern, and action items.";
        Field<NonNullGraphType<DateOnlyGraphType>>("heldOn").Description("When it was held: not in the future. The code follows from its quarter.");
        Field<NonNullGraphType<StringGraphType>>("agenda").Description("The agenda.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingDecisionInputGraphType>>>>("decisions").Description("What it decided: at least one, at most 20.");
        Field<ListGraphType<NonNullGraphType<ActionItemInputGraphType>>>("actionItems").Description("What the decisions require, each due after the meeting: at most 50.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class MeetingDecisionInputGraphType : InputObjectGraphType<MeetingDecisionInput>
{
    public MeetingDecisionInputGraphType()
    {
        Name = "MeetingDecisionInput";
        Description = "A decision of a committee meeting.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("What was decided.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("projectIds").Description("Global ids of the projects it concerns (at most 20).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("planIds").Description("Global ids of the plans it concerns (at most 20).");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class ActionItemInputGraphType : InputObjectGraphType<ActionItemInput>
{
    public ActionItemInputGraphType()
    {
        Name = "ActionItemInput";
        Description = "What a decision requires a department to do, by when.";
        Field<NonNullGraphType<IntGraphType>>("decision").Description("The number (from 1, in the order given) of the decision it follows.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What is to be done.");
        Field<NonNullGraphType<StringGraphType>>("owner").Description("Who answers for it.");
        Field<NonNullGraphType<StringGraphType>>("departmentCode").Description("The department that carries it out.");
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("The deadline, after the meeting.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>reportActionProgress</c> and <c>completeActionItem</c>.</summary>
public sealed record ActionStepInput(string ItemId, int Version, string Text);

public sealed class ActionStepInputGraphType : InputObjectGraphType<ActionStepInput>
{
    public ActionStepInputGraphType()
    {
        Name = "ActionStepInput";
        Description = "Progress on an open action item (its department), or its completion (the office).";
        Field<NonNullGraphType<IdGraphType>>("itemId").Description("Global id of the action item.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The item's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("How it stands (progress), or what was done (completion).");
        this.ReadableBy(Access.Inherited);
    }
}
