using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class AcceptanceRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static List<Expert> Experts(int count, Guid? affiliation = null) => Enumerable.Range(1, count)
        .Select(i => new Expert { Code = $"ZJ{i:000}", Name = $"Expert {i}", Category = "software", AffiliationDepartmentId = affiliation }).ToList();

    private static (ProjectDecision, Acceptance) Record(Project project, IReadOnlyCollection<Expert> experts, AcceptanceResult result = AcceptanceResult.Passed,
        IReadOnlySet<Guid>? conflicted = null, DateOnly? heldOn = null, string? conditions = null, int attempt = 1) =>
        project.RecordAcceptance("office", ProjectFactory.Monday, Today, heldOn ?? Today, result, conditions, null,
            experts.Select(e => new ExpertVerdict(e, result, $"{e.Code}: {result}")).ToList(), conflicted ?? new HashSet<Guid>(), attempt);

    private static RuleViolation Refused(Action action) => Assert.Throws<RuleViolation>(action);

    [Fact]
    public void Acceptance_is_requested_at_full_progress_or_with_a_recorded_exception()
    {
        var project = ProjectFactory.In(ProjectStatus.InImplementation);
        var refused = Refused(() => project.RequestAcceptance("dept", ProjectFactory.Monday, 95, null));
        Assert.Equal((RuleViolation.InvalidTransition, "exceptionReason"), (refused.Code, refused.Field));
        Assert.Contains("95%", refused.Message);
        Assert.Equal(ProjectStatus.AcceptanceRequested, project.RequestAcceptance("office", ProjectFactory.Monday, 95, "Pilot release").ToStatus);

        var complete = ProjectFactory.In(ProjectStatus.InImplementation);
        Assert.Null(complete.RequestAcceptance("dept", ProjectFactory.Monday, 100, null).Reason);
    }

    [Fact]
    public void An_acceptance_needs_three_eligible_experts_without_a_conflict()
    {
        var project = ProjectFactory.In(ProjectStatus.AcceptanceRequested);
        Assert.Equal("opinions", Refused(() => Record(project, Experts(2))).Field);
        Assert.Contains("ZJ001", Refused(() => Record(project, Experts(3, affiliation: project.OwnerDepartmentId))).Message);
        var experts = Experts(3);
        Assert.Contains("declared a conflict", Refused(() => Record(project, experts, conflicted: new HashSet<Guid> { experts[1].Id })).Message);
        Assert.Equal("heldOn", Refused(() => Record(project, experts, heldOn: Today.AddDays(1))).Field);
        Assert.Equal("conditions", Refused(() => Record(project, experts, AcceptanceResult.PassedWithConditions)).Field);
        Assert.Equal(ProjectStatus.AcceptanceRequested, project.Status);
    }

    [Fact]
    public void Each_expert_gives_one_opinion_and_every_opinion_is_kept()
    {
        var project = ProjectFactory.In(ProjectStatus.AcceptanceRequested);
        var experts = Experts(3);
        var twice = experts.Select(e => new ExpertVerdict(e, AcceptanceResult.Passed, null)).Append(new ExpertVerdict(experts[0], AcceptanceResult.Failed, "No")).ToList();
        Assert.Equal("opinions", Refused(() => project.RecordAcceptance("office", ProjectFactory.Monday, Today, Today, AcceptanceResult.Passed, null, null,
            twice, new HashSet<Guid>(), 1)).Field);

        var verdicts = new List<ExpertVerdict>
        {
            new(experts[0], AcceptanceResult.Passed, " Tests complete. "),
            new(experts[1], AcceptanceResult.PassedWithConditions, "Finish the security assessment."),
            new(experts[2], AcceptanceResult.Passed, null),
        };
        var (_, acceptance) = project.RecordAcceptance("office", ProjectFactory.Monday, Today, Today, AcceptanceResult.Passed, null, null, verdicts, new HashSet<Guid>(), 1);
        Assert.Equal(
            [(experts[0].Id, AcceptanceResult.Passed, "Tests complete."), (experts[1].Id, AcceptanceResult.PassedWithConditions, "Finish the security assessment."), (experts[2].Id, AcceptanceResult.Passed, null)],
            acceptance.Opinions.Select(o => (o.ExpertId, o.Verdict, o.Comment)).ToArray());
        Assert.All(acceptance.Opinions, o => Assert.Equal(acceptance.Id, o.AcceptanceId));
    }

    [Fact]
    public void A_failure_sends_the_project_back_and_a_later_attempt_is_numbered()
    {
        var project = ProjectFactory.In(ProjectStatus.AcceptanceRequested);
        var (failed, first) = Record(project, Experts(3), AcceptanceResult.Failed);
        Assert.Equal((ProjectStatus.InImplementation, 1, true), (failed.ToStatus, first.Attempt, first.IsFirstAttempt));
        project.RequestAcceptance("dept", ProjectFactory.Monday, 100, null);
        var (passed, second) = Record(project, Experts(3), attempt: 2);
        Assert.Equal((ProjectStatus.Accepted, 2, false), (passed.ToStatus, second.Attempt, second.IsFirstAttempt));
        Assert.Equal(Today, project.CompletedOn);
    }

    [Fact]
    public void A_system_is_evaluated_after_its_stable_operation_period()
    {
        var project = ProjectFactory.In(ProjectStatus.AcceptanceRequested);
        Record(project, Experts(3)); // completed today, 20 November 2026
        var policy = new PostEvaluationPolicy(6);
        void Evaluate(DateOnly on, DateOnly today) => project.RecordPostEvaluation("office", ProjectFactory.Monday, today, on, 80, OperatingStatus.Stable, 0.1m,
            EvaluationConclusion.Continue, null, policy);
        Assert.Contains("2027-05-20", Assert.Throws<RuleViolation>(() => Evaluate(new DateOnly(2027, 5, 19), new DateOnly(2027, 6, 1))).Message);
        Assert.Equal("evaluatedOn", Assert.Throws<RuleViolation>(() => Evaluate(new DateOnly(2027, 6, 2), new DateOnly(2027, 6, 1))).Field);
        Evaluate(new DateOnly(2027, 5, 20), new DateOnly(2027, 6, 1));
        Assert.Equal(ProjectStatus.Evaluated, project.Status);
    }
}
