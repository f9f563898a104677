using InfoGov.Domain.Common;

namespace InfoGov.Domain.Supervision;

/// <summary>
/// A meeting of the informatization committee (每季组织召开一次信息委工作例会): its agenda, its decisions (each linked to
/// the projects and plans it concerns) and the action items that follow them, each with an owner and a deadline, followed up
/// until done.
/// </summary>
public sealed class CommitteeMeeting : VersionedEntity
{
    /// <summary>HY-yyyy-Qn (a second meeting in a quarter: HY-yyyy-Qn-2).</summary>
    public required string Code { get; init; }
    public required DateOnly HeldOn { get; init; }
    public required string Agenda { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public required string RecordedBy { get; init; }

    /// <summary>The quarter (1-4) the meeting was held in.</summary>
    public int Quarter => (HeldOn.Month - 1) / 3 + 1;

    /// <summary>
    /// The record of a meeting held on <paramref name="heldOn"/> (not in the future) with its agenda, decisions (text, and
    /// the projects and plans each concerns) and action items (the index of the decision each follows, what, who, by when).
    /// </summary>
    public static (CommitteeMeeting Meeting, IReadOnlyList<MeetingDecision> Decisions, IReadOnlyList<ActionItem> Actions) Record(
        string code, DateOnly heldOn, string agenda, IReadOnlyList<(string Text, IReadOnlyList<Guid> ProjectIds, IReadOnlyList<Guid> PlanIds)> decisions,
        IReadOnlyList<(int Decision, string Description, string Owner, Guid OwnerDepartmentId, DateOnly DueOn)> actions, string recordedBy, DateTimeOffset at, DateOnly today)
    {
        if (heldOn > today) throw new RuleViolation(RuleViolation.Validation, "A meeting is recorded once held.", "heldOn");
        if (decisions.Count == 0) throw new RuleViolation(RuleViolation.Validation, "Record what the meeting decided.", "decisions");
        var meeting = new CommitteeMeeting
        {
            Code = code,
            HeldOn = heldOn,
            Agenda = Texts.Required(agenda, "agenda", "Give the agenda.", Inspection.TextMaxLength),
            RecordedAt = at,
            RecordedBy = recordedBy,
        };
        var made = decisions.Select((d, i) => new MeetingDecision
        {
            MeetingId = meeting.Id,
            Number = i + 1,
            Text = Texts.Required(d.Text, $"decisions[{i}].text", "Say what was decided.", Inspection.TextMaxLength),
            ProjectIds = [.. d.ProjectIds.Distinct()],
            PlanIds = [.. d.PlanIds.Distinct()],
        }).ToList();
        var items = actions.Select((a, i) =>
        {
            var field = $"actionItems[{i}]";
            if (a.Decision < 1 || a.Decision > made.Count)
                throw new RuleViolation(RuleViolation.Validation, $"Action item {i + 1} follows decision 1 to {made.Count}.", field + ".decision");
            if (a.DueOn <= heldOn) throw new RuleViolation(RuleViolation.Validation, $"Action item {i + 1} is due after the meeting.", field + ".dueOn");
            return new ActionItem
            {
                MeetingId = meeting.Id,
                DecisionId = made[a.Decision - 1].Id,
                Number = i + 1,
                Description = Texts.Required(a.Description, field + ".description", "Say what is to be done.", Inspection.TextMaxLength),
                Owner = Texts.Required(a.Owner, field + ".owner", "Name who answers for it.", 200),
                DepartmentId = a.OwnerDepartmentId,
                DueOn = a.DueOn,
            };
        }).ToList();
        return (meeting, made, items);
    }
}

/// <summary>A decision of a committee meeting and the projects and plans it concerns.</summary>
public sealed class MeetingDecision : Entity
{
    public required Guid MeetingId { get; init; }
    public required int Number { get; init; }
    public required string Text { get; init; }
    public List<Guid> ProjectIds { get; init; } = [];
    public List<Guid> PlanIds { get; init; } = [];
}

/// <summary>What a decision requires someone to do, by when; followed up until done.</summary>
public sealed class ActionItem : VersionedEntity, IBelongsToDepartment, Integration.IKeepsHistory
{
    public required Guid MeetingId { get; init; }
    public required Guid DecisionId { get; init; }
    public required int Number { get; init; }
    public required string Description { get; init; }
    public required string Owner { get; init; }
    /// <summary>The department that carries it out.</summary>
    public required Guid DepartmentId { get; init; }
    public required DateOnly DueOn { get; init; }
    public DateOnly? DoneOn { get; private set; }
    public string? Outcome { get; private set; }
    /// <summary>The latest progress the owner reported, while not done.</summary>
    public string? Progress { get; private set; }

    public bool IsDone => DoneOn is not null;

    public bool IsOverdue(DateOnly today) => DoneOn is null && today > DueOn;

    /// <summary>The owning department reports progress on an open item.</summary>
    public void ReportProgress(string progress)
    {
        RequireOpen();
        Progress = Texts.Required(progress, "text", "Say how it stands.", Inspection.TextMaxLength);
    }

    /// <summary>The office records the item done, with its outcome.</summary>
    public void Complete(string outcome, DateOnly today)
    {
        RequireOpen();
        Outcome = Texts.Required(outcome, "text", "Say what was done.", Inspection.TextMaxLength);
        DoneOn = today;
    }

    private void RequireOpen()
    {
        if (DoneOn is { } done) throw new RuleViolation(RuleViolation.InvalidTransition, $"Action item {Number} was done on {done:yyyy-MM-dd}.");
    }
}
