namespace InfoGov.Domain.Operations;

/// <summary>
/// The information centre's security and continuity indicators for a month, from the records: the share of systems in
/// operation with an emergency plan in force at the month's end, drills held and how many restored service, security
/// checks and risk assessments made, findings still open (and overdue) at the month's end, and staff training. As with
/// the other indicators, a rate with nothing to count is null.
/// </summary>
public sealed record ContinuityKpis(
    decimal? EmergencyPlanCoverageRate, int EmergencyDrills, decimal? EmergencyDrillSuccessRate,
    int SecurityChecks, int RiskAssessments, int SecurityFindingsOpen, int SecurityFindingsOverdue,
    int TrainingSessions, decimal TrainingPersonHours)
{
    public static readonly ContinuityKpis None = new(null, 0, null, 0, 0, 0, 0, 0, 0);

    /// <param name="running">The systems in operation counted (not retired).</param>
    /// <param name="first">The month's first day.</param>
    /// <param name="last">The month's last day.</param>
    public static ContinuityKpis Compute(IReadOnlyCollection<InformationSystem> running, IReadOnlyCollection<EmergencyPlan> plans,
        IReadOnlyCollection<EmergencyDrill> drills, IReadOnlyCollection<SecurityReview> reviews, IReadOnlyCollection<SecurityFinding> findings,
        IReadOnlyCollection<TrainingRecord> training, DateOnly first, DateOnly last)
    {
        var ids = running.Select(s => s.Id).ToHashSet();
        bool InMonth(DateOnly day) => day >= first && day <= last;
        var covered = ids.Count(id => plans.Any(p => p.SystemId == id && p.IsInForce(last)));
        var held = drills.Where(d => ids.Contains(d.SystemId) && InMonth(d.HeldOn)).ToList();
        var made = reviews.Where(r => ids.Contains(r.SystemId) && InMonth(r.PerformedOn)).ToList();
        var open = findings.Where(f => ids.Contains(f.SystemId) && f.IsOpenOn(last)).ToList();
        var sessions = training.Where(t => InMonth(t.HeldOn)).ToList();
        return new ContinuityKpis(
            Rate(covered, ids.Count),
            held.Count,
            Rate(held.Count(d => d.Outcome != DrillOutcome.Failed), held.Count),
            made.Count(r => r.Kind == SecurityReviewKind.SecurityCheck),
            made.Count(r => r.Kind == SecurityReviewKind.RiskAssessment),
            open.Count,
            open.Count(f => f.IsOverdueOn(last)),
            sessions.Count,
            sessions.Sum(t => t.PersonHours));
    }

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);
}
