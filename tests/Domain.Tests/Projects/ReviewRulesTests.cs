using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class ReviewRulesTests
{
    private static readonly DateOnly Today = ProjectFactory.MondayDate;

    private static List<Expert> Pool() => Enumerable.Range(1, 8)
        .Select(i => new Expert { Code = $"ZJ{i:000}", Name = $"E{i}", Category = "data" }).ToList();

    [Fact]
    public void A_review_is_overdue_after_its_due_date_while_no_panel_is_drawn()
    {
        var submitted = ProjectFactory.In(ProjectStatus.Submitted);
        var due = submitted.ReviewDueOn!.Value;
        Assert.False(submitted.IsReviewOverdue(due));
        Assert.True(submitted.IsReviewOverdue(due.AddDays(1)));
        // Under review (the panel drawn), or never submitted: nothing is overdue.
        Assert.False(ProjectFactory.In(ProjectStatus.UnderReview).IsReviewOverdue(due.AddYears(1)));
        Assert.False(ProjectFactory.Draft().IsReviewOverdue(due.AddYears(1)));
    }

    [Fact]
    public void An_overdue_review_can_still_be_drawn_with_a_meeting_after_its_due_date()
    {
        var project = ProjectFactory.In(ProjectStatus.Submitted);
        var late = project.ReviewDueOn!.Value.AddDays(3);
        var (decision, panel, _) = project.DrawReviewPanel("office", ProjectFactory.Monday, late, late.AddDays(2), Pool(), new HashSet<Guid>(), "data", 3, 7);
        Assert.Equal(ProjectStatus.UnderReview, decision.ToStatus);
        Assert.Equal(late.AddDays(2), panel.MeetingOn);
        Assert.False(project.IsReviewOverdue(late));
    }

    [Fact]
    public void A_panel_meets_between_today_and_the_review_due_date_and_starts_the_review()
    {
        var project = ProjectFactory.In(ProjectStatus.Submitted);
        Assert.Equal("meetingOn", Assert.Throws<RuleViolation>(() =>
            project.DrawReviewPanel("office", ProjectFactory.Monday, Today, Today.AddDays(-1), Pool(), new HashSet<Guid>(), "data", 3, 7)).Field);
        Assert.Equal("meetingOn", Assert.Throws<RuleViolation>(() =>
            project.DrawReviewPanel("office", ProjectFactory.Monday, Today, project.ReviewDueOn!.Value.AddDays(1), Pool(), new HashSet<Guid>(), "data", 3, 7)).Field);
        var (decision, panel, seats) = project.DrawReviewPanel("office", ProjectFactory.Monday, Today, Today.AddDays(3), Pool(), new HashSet<Guid>(), "data", 3, 7);
        Assert.Equal((ProjectStatus.UnderReview, 7, 3), (decision.ToStatus, panel.DrawSeed, seats.Count));
        Assert.Single(seats, s => s.IsChair);
    }

    [Fact]
    public void Only_a_seated_expert_gives_one_opinion_while_the_review_is_open()
    {
        var panel = new ReviewPanel { ProjectId = Guid.NewGuid(), MeetingOn = Today, DrawSeed = 1 };
        var expert = Pool()[0];
        Assert.Equal(RuleViolation.NotPermitted, Assert.Throws<RuleViolation>(() => panel.RecordOpinion(expert, false, false, ReviewConclusion.Approve, "Good", ProjectFactory.Monday)).Code);
        Assert.Equal(RuleViolation.Validation, Assert.Throws<RuleViolation>(() => panel.RecordOpinion(expert, true, true, ReviewConclusion.Approve, "Good", ProjectFactory.Monday)).Code);
        Assert.Equal("opinion", Assert.Throws<RuleViolation>(() => panel.RecordOpinion(expert, true, false, ReviewConclusion.Approve, " ", ProjectFactory.Monday)).Field);
        Assert.Equal(expert.Id, panel.RecordOpinion(expert, true, false, ReviewConclusion.Approve, " Good ", ProjectFactory.Monday).ExpertId);
        panel.Conclude(ReviewConclusion.Approve, "Approve", ProjectFactory.Monday, 1, [ReviewConclusion.Approve]);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => panel.RecordOpinion(expert, true, false, ReviewConclusion.Approve, "Late", ProjectFactory.Monday)).Code);
    }

    private static ReviewPanel Concluded()
    {
        var panel = new ReviewPanel { ProjectId = Guid.NewGuid(), MeetingOn = new DateOnly(2026, 12, 1), DrawSeed = 7 };
        panel.Conclude(ReviewConclusion.Approve, "Approve", ProjectFactory.Monday, 3, [ReviewConclusion.Approve, ReviewConclusion.Approve, ReviewConclusion.Approve]);
        return panel;
    }

    [Fact]
    public void Approval_needs_a_concluded_review_and_milestones_within_the_baseline()
    {
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() =>
            ProjectFactory.In(ProjectStatus.UnderReview).ApproveReviewed("office", ProjectFactory.Monday, null, [])).Code);
        var project = ProjectFactory.In(ProjectStatus.UnderReview);
        Assert.Equal("milestones[1]", Assert.Throws<RuleViolation>(() => project.ApproveReviewed("office", ProjectFactory.Monday, Concluded(),
            [("Design", project.CurrentPlan.StartOn), ("Late", project.CurrentPlan.DueOn.AddDays(1))])).Field);
        var approved = ProjectFactory.In(ProjectStatus.UnderReview);
        var (decision, milestones) = approved.ApproveReviewed("office", ProjectFactory.Monday, Concluded(), [("Go-live", approved.CurrentPlan.DueOn)]);
        Assert.Equal((ProjectStatus.Approved, 1), (decision.ToStatus, milestones.Count));
        Assert.Equal("reason", Assert.Throws<RuleViolation>(() => ProjectFactory.In(ProjectStatus.UnderReview).RejectOrReturn(true, "office", ProjectFactory.Monday, null)).Field);
    }

    [Fact]
    public void A_conflict_is_declared_once_with_its_nature()
    {
        var expert = Pool()[0];
        var department = Guid.NewGuid();
        Assert.Equal("reason", Assert.Throws<RuleViolation>(() => expert.DeclareConflict(department, " ", false, Today)).Field);
        Assert.Equal("departmentCode", Assert.Throws<RuleViolation>(() => expert.DeclareConflict(department, "Former employee", true, Today)).Field);
        Assert.Equal(department, expert.DeclareConflict(department, "Former employee", false, Today).DepartmentId);
    }
}
