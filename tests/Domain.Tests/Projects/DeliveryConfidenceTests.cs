using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class DeliveryConfidenceTests
{
    [Fact]
    public void Each_rating_is_kept_numbered_with_the_one_before_it_and_the_latest_is_in_force()
    {
        var project = ProjectFactory.In(ProjectStatus.InImplementation);
        var first = project.RateDeliveryConfidence(DeliveryConfidence.Amber, " Procurement late. ", "office", ProjectFactory.Monday, 0);
        var second = project.RateDeliveryConfidence(DeliveryConfidence.Red, "Team lost.", "office", ProjectFactory.Monday, 1);
        Assert.Equal((1, DeliveryConfidence.Amber, (DeliveryConfidence?)null, "Procurement late."), (first.Number, first.Rating, first.Previous, first.Narrative));
        Assert.Equal((2, DeliveryConfidence.Red, (DeliveryConfidence?)DeliveryConfidence.Amber), (second.Number, second.Rating, second.Previous));
        Assert.Equal(DeliveryConfidence.Red, project.DeliveryConfidence);
    }

    [Theory]
    [InlineData(ProjectStatus.Submitted)]
    [InlineData(ProjectStatus.Accepted)]
    [InlineData(ProjectStatus.Cancelled)]
    public void Only_approved_projects_not_yet_accepted_are_rated(ProjectStatus status)
    {
        var project = ProjectFactory.In(status);
        Assert.Equal(RuleViolation.InvalidTransition,
            Assert.Throws<RuleViolation>(() => project.RateDeliveryConfidence(DeliveryConfidence.Green, "x", "office", ProjectFactory.Monday, 0)).Code);
    }

    [Fact]
    public void A_rating_says_why()
    {
        var project = ProjectFactory.In(ProjectStatus.Approved);
        Assert.Equal("narrative", Assert.Throws<RuleViolation>(() => project.RateDeliveryConfidence(DeliveryConfidence.Green, " ", "office", ProjectFactory.Monday, 0)).Field);
        Assert.Equal("narrative", Assert.Throws<RuleViolation>(() =>
            project.RateDeliveryConfidence(DeliveryConfidence.Green, new string('x', ConfidenceRating.NarrativeMaxLength + 1), "office", ProjectFactory.Monday, 0)).Field);
        Assert.Null(project.DeliveryConfidence);
    }
}
