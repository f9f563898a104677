using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Projects;

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

    /// <summary>Share of first acceptances held in the year that passed (with or without conditions).</summary>
    public static decimal? FirstPassAcceptanceRate(IEnumerable<Acceptance> acceptances, int year) =>
        Rate(acceptances.Where(a => a.IsFirstAttempt && !a.IsOpen && a.HeldOn.Year == year).ToList(), a => a.Result != AcceptanceResult.Failed);

    /// <summary>Share of the sharing requests received in the year that were answered by their due date.</summary>
    public static decimal? SharingResponsiveness(IEnumerable<SharingRequest> received, int year, DateOnly today) =>
        Rate(AnswerableBy(received, year, today).ToList(),
            r => r.DecidedAt is { } decided && DateOnly.FromDateTime(decided.Date) <= r.AnswerDueOn
                 && r.Status is SharingRequestStatus.Approved or SharingRequestStatus.Refused);

    /// <summary>The requests of <paramref name="year"/> that count for responsiveness on <paramref name="today"/>:
    /// those answered, and those past their due date without an answer (late). A request still within its
    /// answer period is not late yet, and does not count.</summary>
    public static IEnumerable<SharingRequest> AnswerableBy(IEnumerable<SharingRequest> received, int year, DateOnly today) =>
        received.Where(r => r.SubmittedOn.Year == year && r.Status != SharingRequestStatus.Withdrawn && (r.DecidedAt is not null || r.AnswerDueOn < today));

    private static decimal? Rate<T>(IReadOnlyList<T> items, Func<T, bool> counts) =>
        items.Count == 0 ? null : Math.Round((decimal)items.Count(counts) / items.Count, 4);
}
