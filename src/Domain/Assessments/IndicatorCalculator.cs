using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Projects;
using InfoGov.Domain.Supervision;

namespace InfoGov.Domain.Assessments;

/// <summary>
/// The indicators that are computed from the record rather than typed in. Each returns a ratio
/// 0-1, or null when there is nothing to measure (no project completed, no request received),
/// in which case the assessment gives the indicator its target.
/// </summary>
public static class IndicatorCalculator
{
    /// <summary>Share of the projects completed in the year that finished by their baseline due date.</summary>
    public static decimal? OnTimeDeliveryRate(IEnumerable<Project> projects, int year) =>
        Rate(projects.Where(p => p.CompletedOn?.Year == year).ToList(), p => ProjectHealth.DeliveredOnTime(p.Baseline, p.CompletedOn) == true);

    /// <summary>Share of the projects completed in the year that stayed within their original approved
    /// budget: the final budget no higher, and the money spent (<paramref name="spent"/>, payments of
    /// every year) no more. A project that spent beyond its baseline never counts as controlled, even
    /// when its budget was never raised to cover it.</summary>
    public static decimal? CostControlRate(IEnumerable<Project> projects, int year, IReadOnlyDictionary<Guid, decimal> originalBudgets,
        IReadOnlyDictionary<Guid, decimal> spent) =>
        Rate(projects.Where(p => p.CompletedOn?.Year == year).ToList(),
            p => originalBudgets.TryGetValue(p.Id, out var original) && p.CurrentPlan.Budget.Amount <= original
                 && spent.GetValueOrDefault(p.Id) <= original);

    /// <summary>
    /// Share of an inspected department's rectification items that fell due in the year (by <paramref name="today"/>)
    /// and were put right in time: answered by the deadline and not reopened since. One still open past its deadline,
    /// or answered late, counts against it.
    /// </summary>
    public static decimal? RectificationTimeliness(IEnumerable<RectificationItem> items, int year, DateOnly today) =>
        Rate(items.Where(i => RectificationFallsDue(i, year, today)).ToList(),
            i => i.Status != RectificationStatus.Open && i.AnsweredOn is { } answered && answered <= i.DueOn);

    /// <summary>An item counts in <paramref name="year"/> once its deadline, in that year, has passed.</summary>
    public static bool RectificationFallsDue(RectificationItem item, int year, DateOnly today) => item.DueOn.Year == year && item.DueOn < today;

    /// <summary>Share of first acceptances held in the year that passed (with or without conditions).</summary>
    public static decimal? FirstPassAcceptanceRate(IEnumerable<Acceptance> acceptances, int year) =>
        Rate(acceptances.Where(a => a.IsFirstAttempt && !a.IsOpen && a.HeldOn.Year == year).ToList(), a => a.Result != AcceptanceResult.Failed);

    /// <summary>Share of the sharing requests received in the year that were answered by their due date.</summary>
    public static decimal? SharingResponsiveness(IEnumerable<SharingRequest> received, int year, DateOnly today) =>
        SharingResponsiveness(received, [], year, today);

    /// <summary>Share of the sharing requests received and the data needs routed to the department in the year that
    /// were answered by their due dates.</summary>
    public static decimal? SharingResponsiveness(IEnumerable<SharingRequest> received, IEnumerable<DataNeed> needsRouted, int year, DateOnly today)
    {
        var requests = AnswerableBy(received, year, today).ToList();
        var needs = AnswerableBy(needsRouted, year, today).ToList();
        var counted = requests.Count + needs.Count;
        if (counted == 0) return null;
        var inTime = requests.Count(AnsweredInTime) + needs.Count(n => n.AnsweredInTime);
        return Math.Round((decimal)inTime / counted, 4);
    }

    /// <summary>A request approved or refused by its due date.</summary>
    public static bool AnsweredInTime(SharingRequest request) =>
        request.DecidedAt is { } decided && DateOnly.FromDateTime(decided.Date) <= request.AnswerDueOn
        && request.Status is SharingRequestStatus.Approved or SharingRequestStatus.Refused;

    /// <summary>The needs routed in <paramref name="year"/> that count on <paramref name="today"/>: answered, or past
    /// their deadline unanswered (late); one still within its answer period does not count yet.</summary>
    public static IEnumerable<DataNeed> AnswerableBy(IEnumerable<DataNeed> routed, int year, DateOnly today) =>
        routed.Where(n => n.RoutedOn?.Year == year && (n.AnsweredOn is not null || n.AnswerDueOn < today));

    /// <summary>The requests of <paramref name="year"/> that count for responsiveness on <paramref name="today"/>:
    /// those answered, and those past their due date without an answer (late). A request still within its
    /// answer period is not late yet, and does not count.</summary>
    public static IEnumerable<SharingRequest> AnswerableBy(IEnumerable<SharingRequest> received, int year, DateOnly today) =>
        received.Where(r => r.SubmittedOn.Year == year && r.Status != SharingRequestStatus.Withdrawn && (r.DecidedAt is not null || r.AnswerDueOn < today));

    private static decimal? Rate<T>(IReadOnlyList<T> items, Func<T, bool> counts) =>
        items.Count == 0 ? null : Math.Round((decimal)items.Count(counts) / items.Count, 4);
}
