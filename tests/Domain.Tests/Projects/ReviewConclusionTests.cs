using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class ReviewConclusionTests
{
    private static List<ReviewConclusion> Approvals(int count) => Enumerable.Repeat(ReviewConclusion.Approve, count).ToList();

    private static ReviewPanel Panel() => new() { ProjectId = Guid.NewGuid(), MeetingOn = new DateOnly(2026, 12, 1), DrawSeed = 7 };

    [Fact]
    public void A_review_concludes_when_every_seated_expert_gave_an_opinion()
    {
        var panel = Panel();
        Assert.Equal("missingOpinionsReason", Assert.Throws<RuleViolation>(() => panel.Conclude(ReviewConclusion.Approve, "Approve", ProjectFactory.Monday, 5, Approvals(4))).Field);
        panel.Conclude(ReviewConclusion.Approve, " Approve ", ProjectFactory.Monday, 5, Approvals(5));
        Assert.True(panel.IsClosed);
        Assert.Equal("Approve", panel.ConclusionSummary);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => panel.Conclude(ReviewConclusion.Reject, "Again", ProjectFactory.Monday, 5, Approvals(5))).Code);
    }

    [Fact]
    public void Without_every_opinion_the_office_records_why_and_a_quorum_of_three_is_needed()
    {
        var panel = Panel();
        Assert.Contains("at least 3", Assert.Throws<RuleViolation>(() => panel.Conclude(ReviewConclusion.Approve, "Approve", ProjectFactory.Monday, 5, Approvals(2), "Two are ill")).Message);
        panel.Conclude(ReviewConclusion.Approve, "Approve", ProjectFactory.Monday, 5, Approvals(3), " Two experts withdrew ");
        Assert.Equal("Two experts withdrew", panel.MissingOpinionsReason);
        Assert.Equal("summary", Assert.Throws<RuleViolation>(() => Panel().Conclude(ReviewConclusion.Approve, " ", ProjectFactory.Monday, 3, Approvals(3))).Field);
    }

    [Fact]
    public void A_conclusion_against_the_majority_needs_a_recorded_reason()
    {
        List<ReviewConclusion> rejects = [ReviewConclusion.Reject, ReviewConclusion.Reject, ReviewConclusion.Reject];
        var panel = Panel();
        var refused = Assert.Throws<RuleViolation>(() => panel.Conclude(ReviewConclusion.Approve, "Approve", ProjectFactory.Monday, 3, rejects));
        Assert.Equal((RuleViolation.ContraryToPanel, "contraryReason"), (refused.Code, refused.Field));
        Assert.False(panel.IsClosed);
        panel.Conclude(ReviewConclusion.Approve, "Approve", ProjectFactory.Monday, 3, rejects, contraryReason: " The city's mandate requires it ");
        Assert.Equal(("The city's mandate requires it", ReviewConclusion.Reject, true), (panel.ContraryReason, panel.MajorityRecommendation, panel.IsContraryToPanel));

        var project = ProjectFactory.In(ProjectStatus.UnderReview);
        var (decision, _) = project.ApproveReviewed("office", ProjectFactory.Monday, panel, []);
        Assert.Contains("against the experts' majority (Reject): The city's mandate requires it", decision.Reason);
    }

    [Fact]
    public void Without_a_majority_any_conclusion_follows_the_panel()
    {
        var panel = Panel();
        panel.Conclude(ReviewConclusion.Revise, "Revise", ProjectFactory.Monday, 4,
            [ReviewConclusion.Approve, ReviewConclusion.Approve, ReviewConclusion.Reject, ReviewConclusion.Revise]);
        Assert.Equal((null, null, false), (panel.ContraryReason, panel.MajorityRecommendation, panel.IsContraryToPanel));
    }
}
