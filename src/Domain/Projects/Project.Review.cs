using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>The review of an application: the panel draw, the office's decision.</summary>
public sealed partial class Project
{
    /// <summary>
    /// The office approves a reviewed application (<paramref name="review"/> concluded; for a major
    /// project the leader approved), fixing the baseline and its milestones, each named and within the
    /// baseline's dates (<paramref name="milestones"/>, by name and date). A review concluded against
    /// its experts' majority is named in the decision's reason.
    /// </summary>
    public (ProjectDecision Decision, IReadOnlyList<Milestone> Milestones) ApproveReviewed(string decidedBy, DateTimeOffset at, ReviewPanel? review,
        IReadOnlyList<(string Name, DateOnly DueOn)> milestones, string? reason = null)
    {
        if (review is not { IsClosed: true }) throw new RuleViolation(RuleViolation.InvalidTransition, "Conclude the expert review before approving.");
        var decision = Approve(decidedBy, at, WithReviewNote(reason, review));
        var fixedMilestones = milestones.Select((m, index) =>
            string.IsNullOrWhiteSpace(m.Name) || m.DueOn < Baseline!.StartOn || m.DueOn > Baseline.DueOn
                ? throw new RuleViolation(RuleViolation.Validation,
                    $"Milestone {index + 1} needs a name and a date between {Baseline!.StartOn:yyyy-MM-dd} and {Baseline.DueOn:yyyy-MM-dd}.", $"milestones[{index}]")
                : new Milestone { ProjectId = Id, Name = m.Name.Trim(), DueOn = m.DueOn }).ToList();
        return (decision, fixedMilestones);
    }

    /// <summary>The office rejects an application, or returns it for revision, with a reason; a
    /// <paramref name="review"/> concluded against its experts' majority is named in it.</summary>
    public ProjectDecision RejectOrReturn(bool reject, string decidedBy, DateTimeOffset at, string? reason, ReviewPanel? review = null)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new RuleViolation(RuleViolation.Validation, "Give the reason for rejecting or returning the application.", "reason");
        return MoveTo(reject ? ProjectStatus.Rejected : ProjectStatus.ReturnedForRevision, decidedBy, at, WithReviewNote(reason.Trim(), review));
    }

    /// <summary>The decision's reason, followed by the review's conclusion when the office concluded against the experts' majority.</summary>
    private static string? WithReviewNote(string? reason, ReviewPanel? review)
    {
        if (review is not { IsClosed: true, IsContraryToPanel: true }) return reason;
        var note = $"The review concluded {review.Conclusion} against the experts' majority ({review.MajorityRecommendation}): {review.ContraryReason}";
        return string.IsNullOrWhiteSpace(reason) ? note : $"{reason} {note}";
    }

    /// <summary>
    /// The office draws the review panel of a submitted application and the review starts: a meeting
    /// on or after today and by the review due date; the draw (<see cref="ExpertDraw"/>) with a seed
    /// the server chose. Returns the decision, the panel and its seats, the chair first. A review already
    /// overdue (<see cref="IsReviewOverdue"/>) can no longer meet by its due date: its meeting may be any day
    /// from today, so that the office can still clear its backlog (the bulletin listed it until now).
    /// </summary>
    public (ProjectDecision Decision, ReviewPanel Panel, IReadOnlyList<PanelMember> Seats) DrawReviewPanel(string decidedBy, DateTimeOffset at, DateOnly today,
        DateOnly meetingOn, IEnumerable<Expert> pool, IReadOnlySet<Guid> conflicted, string category, int size, int seed)
    {
        if (ReviewDueOn is { } due && meetingOn > due && !IsReviewOverdue(today))
            throw new RuleViolation(RuleViolation.Validation, $"The review must meet by {due:yyyy-MM-dd}, 15 working days after submission.", "meetingOn");
        if (meetingOn < today) throw new RuleViolation(RuleViolation.Validation, "The meeting cannot be in the past.", "meetingOn");
        var draw = ExpertDraw.Draw(pool, this, conflicted, category.Trim(), size, seed);
        var decision = MoveTo(ProjectStatus.UnderReview, decidedBy, at, $"Panel drawn from '{category.Trim()}' with seed {seed}.");
        var panel = new ReviewPanel
        {
            ProjectId = Id,
            MeetingOn = meetingOn,
            DrawSeed = seed,
            DrawCategory = category.Trim(),
            DrawCandidates = string.Join(",", draw.Candidates.Select(e => e.Code)),
        };
        var seats = draw.Panel.Select((e, i) => new PanelMember { PanelId = panel.Id, ExpertId = e.Id, IsChair = i == 0 }).ToList();
        return (decision, panel, seats);
    }
}
