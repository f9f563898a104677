using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>
/// The committee's monthly notice on the portfolio: which projects started and finished in the month,
/// which were behind schedule or over budget at its end (variance above 10%, from the latest report
/// of the month or before), which owe the month's report (stale: none for the month before either),
/// which submitted applications still wait for their expert panel past the review's due date,
/// which milestones were late (reached late in the month, or still open past their date at its end),
/// which rectification items of inspections were open past their deadline,
/// which change requests were decided, which reviews the office concluded against the majority of
/// their experts, and what the fund allocated and paid in the month.
/// </summary>
public sealed record MonthlyBulletin(
    DateOnly Month,
    IReadOnlyList<Project> Started, IReadOnlyList<Project> Finished, IReadOnlyList<Project> BehindSchedule, IReadOnlyList<Project> OverBudget,
    IReadOnlyList<Project> ReportsMissing, IReadOnlyList<Project> Stale, IReadOnlyList<ChangeRequest> ChangesDecided, Money Allocated, Money Spent)
{
    /// <summary>Submitted projects still without an expert panel past their review's due date at the month's end (or today), by code.</summary>
    public IReadOnlyList<Project> ReviewsOverdue { get; private init; } = [];

    /// <summary>Milestones of projects under way reached late in the month, or still not reached past their date at its end (or today), by project code and due date.</summary>
    public IReadOnlyList<Milestone> LateMilestones { get; private init; } = [];

    /// <summary>Rectification items of the office's inspections open past their deadline at the month's end (or today), as they stand now; oldest deadline first.</summary>
    public IReadOnlyList<Supervision.RectificationItem> OverdueRectifications { get; private init; } = [];

    /// <summary>Entries of the data-needs list still open at the month's end (or today): unrouted, or routed and
    /// unanswered; the oldest first.</summary>
    public IReadOnlyList<DataSharing.DataNeed> OpenDataNeeds { get; private init; } = [];

    /// <summary>Reviews the office concluded in the month against the majority of their experts, in order.</summary>
    public IReadOnlyList<ReviewPanel> ReviewsAgainstPanel { get; private init; } = [];

    /// <param name="month">The first day of the month.</param>
    /// <param name="today">The deployment's today: for a month not yet over, figures stand at today.</param>
    /// <param name="inMonth">Whether an instant falls in the month (in the deployment's time zone).</param>
    public static MonthlyBulletin Compute(DateOnly month, DateOnly today, Func<DateTimeOffset, bool> inMonth,
        IReadOnlyList<Project> projects, IReadOnlyList<ProgressReport> reports, IReadOnlyList<ChangeRequest> changes,
        IEnumerable<(DateOnly On, Money Amount)> allocations, IEnumerable<(DateOnly On, Money Amount)> payments, IEnumerable<ReviewPanel>? reviews = null,
        IEnumerable<Milestone>? milestones = null, IEnumerable<Supervision.RectificationItem>? rectifications = null,
        IEnumerable<DataSharing.DataNeed>? needs = null)
    {
        var last = month.AddMonths(1).AddDays(-1);
        var asOf = today < last ? today : last;
        bool InMonth(DateOnly? day) => day is { } d && d >= month && d <= last;
        var byProject = reports.Where(r => r.Month <= month).ToLookup(r => r.ProjectId);
        var underWay = projects.Where(p => p.Status == ProjectStatus.InImplementation && p.ActualStartOn is { } s && s <= last).OrderBy(p => p.Code).ToList();

        var behind = new List<Project>();
        var over = new List<Project>();
        var missing = new List<Project>();
        var stale = new List<Project>();
        var milestonesOf = (milestones ?? []).ToLookup(m => m.ProjectId);
        var lateMilestones = new List<Milestone>();
        foreach (var project in underWay)
        {
            var latest = byProject[project.Id].MaxBy(r => r.Month);
            lateMilestones.AddRange(milestonesOf[project.Id]
                .Where(m => m.IsLate(asOf) && (m.CompletedOn is not { } done || done > asOf || InMonth(done)))
                .OrderBy(m => m.DueOn));
            if (ProjectHealth.ScheduleVariance(project.Baseline, latest?.ProgressPercent, asOf, project.CompletedOn, Milestone.MostDaysLate(milestonesOf[project.Id], asOf)) is { Ratio: > 0, Band: not VarianceBand.Low })
                behind.Add(project);
            if (ProjectHealth.CostVariance(project.Baseline, latest?.ProgressPercent, latest?.SpendToDate) is { Ratio: > 0, Band: not VarianceBand.Low })
                over.Add(project);
            // A project that started during the month owes no report for it.
            if (project.ActualStartOn >= month || latest?.Month == month) continue;
            missing.Add(project);
            var previous = month.AddMonths(-1);
            if (project.ActualStartOn < previous && (latest is null || latest.Month < previous)) stale.Add(project);
        }
        return new MonthlyBulletin(
            month,
            projects.Where(p => InMonth(p.ActualStartOn)).OrderBy(p => p.Code).ToList(),
            projects.Where(p => InMonth(p.CompletedOn)).OrderBy(p => p.Code).ToList(),
            behind, over, missing, stale,
            changes.Where(c => c.DecidedAt is { } at && inMonth(at)).OrderBy(c => c.DecidedAt).ToList(),
            Money.Sum(allocations.Where(a => InMonth(a.On)).Select(a => a.Amount)),
            Money.Sum(payments.Where(p => InMonth(p.On)).Select(p => p.Amount)))
        {
            ReviewsOverdue = projects.Where(p => p.IsReviewOverdue(asOf)).OrderBy(p => p.Code).ToList(),
            LateMilestones = lateMilestones,
            OverdueRectifications = (rectifications ?? []).Where(r => r.IsOverdue(asOf)).OrderBy(r => r.DueOn).ThenBy(r => r.Number).ToList(),
            OpenDataNeeds = (needs ?? []).Where(n => n.PublishedOn <= asOf && (n.AnsweredOn is null || n.AnsweredOn > asOf))
                .OrderBy(n => n.PublishedOn).ThenBy(n => n.Code, StringComparer.Ordinal).ToList(),
            ReviewsAgainstPanel = (reviews ?? []).Where(r => r.IsContraryToPanel && r.ConcludedAt is { } at && inMonth(at)).OrderBy(r => r.ConcludedAt).ToList(),
        };
    }
}
