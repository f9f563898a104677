using InfoGov.Domain.Assessments;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Projects;
using InfoGov.Domain.Supervision;
using InfoGov.Domain.Tests.Projects;

namespace InfoGov.Domain.Tests.Assessments;

public class AssessmentTests
{
    private static IndicatorResult Indicator(decimal weight, decimal target, decimal? actual) =>
        IndicatorResult.For(Guid.NewGuid(), AssessmentIndicator.SystemUptime, weight, target, false, actual, null);

    [Fact]
    public void An_indicator_earns_its_weight_at_target_and_proportionally_less_below()
    {
        Assert.Equal(10m, Indicator(10m, 0.9m, 0.95m).Score);
        Assert.Equal(5m, Indicator(10m, 0.8m, 0.4m).Score);
    }

    [Theory]
    [InlineData(95, AssessmentGrade.Excellent)]
    [InlineData(90, AssessmentGrade.Excellent)]
    [InlineData(89.99, AssessmentGrade.Good)]
    [InlineData(75, AssessmentGrade.Good)]
    [InlineData(60, AssessmentGrade.Pass)]
    [InlineData(59.5, AssessmentGrade.Fail)]
    public void Grades_follow_the_score(decimal score, AssessmentGrade grade) => Assert.Equal(grade, Assessment.GradeFor(score));

    [Fact]
    public void The_score_is_the_sum_of_the_indicators()
    {
        var assessment = new Assessment { Year = 2025, DepartmentId = Guid.NewGuid() };
        assessment.ScoreFrom([Indicator(60m, 1m, 1m), Indicator(40m, 1m, 0.5m)]);
        Assert.Equal(80m, assessment.Score);
        Assert.Equal(AssessmentGrade.Good, assessment.Grade);
    }

    [Fact]
    public void An_indicator_without_data_is_left_out_of_the_score_never_given_its_target()
    {
        var assessment = new Assessment { Year = 2025, DepartmentId = Guid.NewGuid() };
        assessment.ScoreFrom([Indicator(60m, 1m, 0.5m), Indicator(40m, 1m, null)]);
        Assert.Null(Indicator(40m, 1m, null).Score);
        Assert.Equal(50m, assessment.Score); // 30 points of the 60 that could be scored

        var nothing = new Assessment { Year = 2025, DepartmentId = Guid.NewGuid() };
        nothing.ScoreFrom([Indicator(60m, 1m, null), Indicator(40m, 1m, null)]);
        Assert.Null(nothing.Score);
        Assert.Null(nothing.Grade);
    }

    [Fact]
    public void Cost_control_fails_a_project_that_spent_beyond_its_original_budget()
    {
        var within = ProjectFactory.In(ProjectStatus.Accepted);
        var overspent = ProjectFactory.In(ProjectStatus.Accepted);
        var budget = within.CurrentPlan.Budget.Amount;
        var original = new Dictionary<Guid, decimal> { [within.Id] = budget, [overspent.Id] = budget };
        // Same budget, never raised; one spent exactly its budget, the other one yuan more.
        var spent = new Dictionary<Guid, decimal> { [within.Id] = budget, [overspent.Id] = budget + 1m };
        Assert.Equal(0.5m, IndicatorCalculator.CostControlRate([within, overspent], 2026, original, spent));
        Assert.Equal(0m, IndicatorCalculator.CostControlRate([overspent], 2026, original, spent));
    }

    [Fact]
    public void On_time_delivery_counts_projects_completed_in_the_year()
    {
        var onTime = ProjectFactory.In(ProjectStatus.Accepted);        // accepted 2 March 2026, due 1 November
        var other = ProjectFactory.In(ProjectStatus.InImplementation); // not completed: not counted
        Assert.Equal(1m, IndicatorCalculator.OnTimeDeliveryRate([onTime, other], 2026));
        Assert.Null(IndicatorCalculator.OnTimeDeliveryRate([onTime], 2025));
    }

    [Fact]
    public void First_pass_acceptance_counts_first_attempts_only()
    {
        Acceptance Held(bool first, AcceptanceResult result) => Acceptance.Concluded(Guid.NewGuid(), Guid.NewGuid(), new(2025, 6, 1), result, null, null, first, first ? 1 : 2, "A,B,C");
        var rate = IndicatorCalculator.FirstPassAcceptanceRate(
            [Held(true, AcceptanceResult.Passed), Held(true, AcceptanceResult.Failed), Held(false, AcceptanceResult.Passed),
             Held(true, AcceptanceResult.PassedWithConditions)], 2025);
        Assert.Equal(0.6667m, rate);
    }

    [Fact]
    public void Sharing_responsiveness_counts_answers_given_by_the_due_date()
    {
        SharingRequest Received(int answeredAfterDays)
        {
            var request = new SharingRequest
            {
                Number = "GX",
                ResourceId = Guid.NewGuid(),
                RequesterDepartmentId = Guid.NewGuid(),
                Purpose = "p",
                LegalBasis = "l",
                SubmittedOn = new(2025, 3, 3),
                AnswerDueOn = new(2025, 3, 17),
            };
            request.Approve(new DateTimeOffset(2025, 3, 3 + answeredAfterDays, 10, 0, 0, TimeSpan.Zero));
            return request;
        }
        Assert.Equal(0.5m, IndicatorCalculator.SharingResponsiveness([Received(5), Received(20)], 2025, new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void A_request_still_within_its_answer_period_is_not_late()
    {
        SharingRequest Open(int submittedDay) => new()
        {
            Number = "GX" + submittedDay,
            ResourceId = Guid.NewGuid(),
            RequesterDepartmentId = Guid.NewGuid(),
            Purpose = "p",
            LegalBasis = "l",
            SubmittedOn = new(2026, 11, submittedDay),
            AnswerDueOn = new DateOnly(2026, 11, submittedDay).AddDays(14),
        };
        var today = new DateOnly(2026, 11, 20);
        // Submitted today, due in ten working days: nothing to measure yet.
        Assert.Null(IndicatorCalculator.SharingResponsiveness([Open(20)], 2026, today));
        // Past its due date without an answer: late.
        Assert.Equal(0m, IndicatorCalculator.SharingResponsiveness([Open(2), Open(20)], 2026, today));
    }

    [Fact]
    public void Experts_from_the_owning_department_cannot_join_its_panel()
    {
        var project = ProjectFactory.Draft();
        var own = new Expert { Code = "ZJ1", Name = "A", Category = "data", AffiliationDepartmentId = project.OwnerDepartmentId };
        var outsider = new Expert { Code = "ZJ2", Name = "B", Category = "data", AffiliationDepartmentId = Guid.NewGuid() };
        var inactive = new Expert { Code = "ZJ3", Name = "C", Category = "data", IsActive = false };
        Assert.False(PanelMember.MayServe(own, project));
        Assert.True(PanelMember.MayServe(outsider, project));
        Assert.False(PanelMember.MayServe(inactive, project));
    }
}

public class RectificationTimelinessTests
{
    private static readonly DateOnly Held = new(2026, 3, 1);

    private static RectificationItem Item(DateOnly dueOn) =>
        Inspection.Record("DC-2026-001", Guid.NewGuid(), null, "Check", Held, "Found", [("Found", "Fix", "Owner", dueOn)], "office", DateTimeOffset.UnixEpoch, Held).Items[0];

    [Fact]
    public void Items_count_once_due_in_the_year_answered_in_time_and_not_reopened_or_else_against()
    {
        var inTime = Item(new DateOnly(2026, 6, 30));
        inTime.Respond("done", new DateOnly(2026, 6, 1));
        var late = Item(new DateOnly(2026, 6, 30));
        late.Respond("done", new DateOnly(2026, 7, 2));
        var reopened = Item(new DateOnly(2026, 6, 30));
        reopened.Respond("done", new DateOnly(2026, 6, 1));
        reopened.Reopen("not enough");
        var neverAnswered = Item(new DateOnly(2026, 9, 30));
        var notYetDue = Item(new DateOnly(2026, 12, 31));
        var nextYear = Item(new DateOnly(2027, 1, 15));
        var items = new[] { inTime, late, reopened, neverAnswered, notYetDue, nextYear };
        Assert.Equal(0.25m, IndicatorCalculator.RectificationTimeliness(items, 2026, new DateOnly(2026, 12, 1)));
        Assert.Null(IndicatorCalculator.RectificationTimeliness(items, 2025, new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void The_weights_still_add_up_to_100() => Assert.Equal(100m, AssessmentScheme.Indicators.Sum(i => i.Weight));
}
