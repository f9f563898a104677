using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class ReviewConclusionTests
{
    private static ReviewPanel Panel() => new() { ProjectId = Guid.NewGuid(), MeetingOn = new DateOnly(2026, 12, 1), DrawSeed = 7 };

    [Fact]
    public void A_review_concludes_when_every_seated_expert_gave_an_opinion()
    {
        var panel = Panel();
        Assert.Equal("missingOpinionsReason", Assert.Throws<RuleViolation>(() => panel.Conclude(ReviewConclusion.Approve, "Approve", ProjectFactory.Monday, 5, 4)).Field);
        panel.Conclude(ReviewConclusion.Approve, " Approve ", ProjectFactory.Monday, 5, 5);
        Assert.True(panel.IsClosed);
        Assert.Equal("Approve", panel.ConclusionSummary);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => panel.Conclude(ReviewConclusion.Reject, "Again", ProjectFactory.Monday, 5, 5)).Code);
    }

    [Fact]
    public void Without_every_opinion_the_office_records_why_and_a_quorum_of_three_is_needed()
    {
        var panel = Panel();
        Assert.Contains("at least 3", Assert.Throws<RuleViolation>(() => panel.Conclude(ReviewConclusion.Approve, "Approve", ProjectFactory.Monday, 5, 2, "Two are ill")).Message);
        panel.Conclude(ReviewConclusion.Approve, "Approve", ProjectFactory.Monday, 5, 3, " Two experts withdrew ");
        Assert.Equal("Two experts withdrew", panel.MissingOpinionsReason);
        Assert.Equal("summary", Assert.Throws<RuleViolation>(() => Panel().Conclude(ReviewConclusion.Approve, " ", ProjectFactory.Monday, 3, 3)).Field);
    }
}
