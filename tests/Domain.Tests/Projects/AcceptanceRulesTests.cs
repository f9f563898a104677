using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class AcceptanceRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static List<Expert> Experts(int count, Guid? affiliation = null) => Enumerable.Range(1, count)
        .Select(i => new Expert { Code = $"ZJ{i:000}", Name = $"Expert {i}", Category = "software", AffiliationDepartmentId = affiliation }).ToList();

    private static Acceptance Convene(Project project, IReadOnlyList<Expert> experts, IReadOnlySet<Guid>? conflicted = null, DateOnly? heldOn = null, int attempt = 1, bool oneOpen = false) =>
        project.ConveneAcceptance(heldOn ?? Today, experts, conflicted ?? new HashSet<Guid>(), attempt, oneOpen);

    /// <summary>Convenes, has every expert give <paramref name="result"/>, and concludes with it.</summary>
    private static (ProjectDecision, Acceptance) Record(Project project, IReadOnlyList<Expert> experts, AcceptanceResult result = AcceptanceResult.Passed, int attempt = 1)
    {
        var acceptance = Convene(project, experts, attempt: attempt);
        var verdicts = experts.Select(e => acceptance.RecordOpinion(e, false, result, $"{e.Code}: {result}").Verdict).ToList();
        return (project.ConcludeAcceptance("office", ProjectFactory.Monday, Today, acceptance, result, result == AcceptanceResult.PassedWithConditions ? "Conditions" : null, null, verdicts), acceptance);
    }

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
        Assert.Equal("expertCodes", Refused(() => Convene(project, Experts(2))).Field);
        Assert.Contains("ZJ001", Refused(() => Convene(project, Experts(3, affiliation: project.OwnerDepartmentId))).Message);
        var experts = Experts(3);
        Assert.Contains("declared a conflict", Refused(() => Convene(project, experts, conflicted: new HashSet<Guid> { experts[1].Id })).Message);
        Assert.Equal("expertCodes", Refused(() => Convene(project, [experts[0], experts[1], experts[0]])).Field);
        Assert.Equal(RuleViolation.InvalidTransition, Refused(() => Convene(project, experts, oneOpen: true)).Code);
        Assert.Equal(RuleViolation.InvalidTransition, Refused(() => Convene(ProjectFactory.In(ProjectStatus.InImplementation), experts)).Code);
        Assert.Equal(ProjectStatus.AcceptanceRequested, project.Status);
    }

    [Fact]
    public void Each_seated_expert_gives_one_verdict_of_their_own()
    {
        var project = ProjectFactory.In(ProjectStatus.AcceptanceRequested);
        var experts = Experts(4);
        var acceptance = Convene(project, experts.Take(3).ToList());
        Assert.Equal(RuleViolation.NotPermitted, Refused(() => acceptance.RecordOpinion(experts[3], false, AcceptanceResult.Passed, null)).Code);
        Assert.Equal(RuleViolation.NotPermitted, Refused(() => acceptance.RecordOpinion(null, false, AcceptanceResult.Passed, null)).Code);
        Assert.Equal(RuleViolation.Validation, Refused(() => acceptance.RecordOpinion(experts[0], true, AcceptanceResult.Passed, null)).Code);
        Assert.Equal("comment", Refused(() => acceptance.RecordOpinion(experts[0], false, AcceptanceResult.PassedWithConditions, " ")).Field);
        var opinion = acceptance.RecordOpinion(experts[0], false, AcceptanceResult.Passed, " Tests complete. ");
        Assert.Equal((acceptance.Id, experts[0].Id, AcceptanceResult.Passed, "Tests complete."), (opinion.AcceptanceId, opinion.ExpertId, opinion.Verdict, opinion.Comment));
    }

    [Theory]
    [InlineData(new[] { AcceptanceResult.Failed, AcceptanceResult.Failed, AcceptanceResult.Failed }, AcceptanceResult.Failed)]
    [InlineData(new[] { AcceptanceResult.Passed, AcceptanceResult.Passed, AcceptanceResult.Failed }, AcceptanceResult.Passed)]
    [InlineData(new[] { AcceptanceResult.Passed, AcceptanceResult.PassedWithConditions, AcceptanceResult.PassedWithConditions }, AcceptanceResult.PassedWithConditions)]
    [InlineData(new[] { AcceptanceResult.Passed, AcceptanceResult.Passed, AcceptanceResult.Failed, AcceptanceResult.Failed }, AcceptanceResult.Failed)]
    [InlineData(new[] { AcceptanceResult.Passed, AcceptanceResult.PassedWithConditions, AcceptanceResult.Failed, AcceptanceResult.Failed }, AcceptanceResult.Failed)]
    [InlineData(new[] { AcceptanceResult.Passed, AcceptanceResult.Passed, AcceptanceResult.PassedWithConditions, AcceptanceResult.Failed, AcceptanceResult.Failed }, AcceptanceResult.PassedWithConditions)]
    public void The_result_follows_the_majority_and_a_tie_fails(AcceptanceResult[] verdicts, AcceptanceResult decided) =>
        Assert.Equal(decided, Acceptance.PanelResult(verdicts));

    [Fact]
    public void The_office_concludes_only_as_the_verdicts_decide_once_all_are_in()
    {
        var project = ProjectFactory.In(ProjectStatus.AcceptanceRequested);
        var experts = Experts(3);
        var acceptance = Convene(project, experts);
        var failed = experts.Select(e => acceptance.RecordOpinion(e, false, AcceptanceResult.Failed, "Below requirement").Verdict).ToList();
        Assert.Equal(RuleViolation.InvalidTransition, Refused(() => project.ConcludeAcceptance("office", ProjectFactory.Monday, Today, acceptance, AcceptanceResult.Failed, null, null, failed.Take(2).ToList())).Code);
        var contrary = Refused(() => project.ConcludeAcceptance("office", ProjectFactory.Monday, Today, acceptance, AcceptanceResult.Passed, null, null, failed));
        Assert.Equal((RuleViolation.ContraryToPanel, "result"), (contrary.Code, contrary.Field));
        Assert.Equal(ProjectStatus.AcceptanceRequested, project.Status);
        Assert.True(acceptance.IsOpen);
        var later = ProjectFactory.In(ProjectStatus.AcceptanceRequested);
        var notHeld = Convene(later, experts, heldOn: Today.AddDays(3));
        Assert.Contains("once held", Refused(() => later.ConcludeAcceptance("office", ProjectFactory.Monday, Today, notHeld, AcceptanceResult.Failed, null, null, failed)).Message);

        Assert.Equal(ProjectStatus.InImplementation, project.ConcludeAcceptance("office", ProjectFactory.Monday, Today, acceptance, AcceptanceResult.Failed, null, " Load ", failed).ToStatus);
        Assert.Equal((AcceptanceResult.Failed, "Load", false), (acceptance.Result, acceptance.Notes, acceptance.IsOpen));
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
