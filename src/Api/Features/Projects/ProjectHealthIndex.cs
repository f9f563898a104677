using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

/// <summary>
/// The health of many projects at once, as each project's own fields compute it (colour, schedule and
/// cost variance, overdue report): the figures depend on today and on the latest report, so they are
/// computed here, in three statements whatever the number of projects, rather than stored and left to go stale.
/// </summary>
public sealed class ProjectHealthIndex
{
    /// <summary>The latest report's figures that health is computed from.</summary>
    public sealed record LatestReport(DateOnly Month, int ProgressPercent, Money SpendToDate);

    public sealed record Figures(StatusColour? Colour, Variance? Schedule, Variance? Cost, bool IsReportOverdue);

    private static readonly Figures None = new(null, null, null, false);

    private readonly Dictionary<Guid, Figures> _figures;

    private ProjectHealthIndex(Dictionary<Guid, Figures> figures) => _figures = figures;

    public IEnumerable<KeyValuePair<Guid, Figures>> All => _figures;

    /// <summary>An index of figures known already (tests of the queries built from it).</summary>
    internal static ProjectHealthIndex Of(Dictionary<Guid, Figures> figures) => new(figures);

    public Figures Of(Guid projectId) => _figures.GetValueOrDefault(projectId) ?? None;

    /// <summary>The health of <paramref name="projects"/> (a query: it is not loaded whole, only the columns health needs).</summary>
    public static async Task<ProjectHealthIndex> LoadAsync(InfoGovDbContext db, IQueryable<Project> projects, DateOnly today, ProgressReportSchedule schedule, CancellationToken ct)
    {
        var rows = await projects.Select(p => new { p.Id, p.Status, p.Baseline, p.CompletedOn, p.ActualStartOn }).ToListAsync(ct);
        var latest = await LatestReportsAsync(db, projects.Select(p => p.Id), ct);
        var late = await MilestonesDaysLateAsync(db, projects.Select(p => p.Id), today, ct);
        return new ProjectHealthIndex(rows.ToDictionary(r => r.Id,
            r => Compute(r.Status, r.Baseline, r.CompletedOn, r.ActualStartOn, latest.GetValueOrDefault(r.Id), late.GetValueOrDefault(r.Id), today, schedule)));
    }

    /// <summary>How late the latest-running milestone of each of <paramref name="projectIds"/> is on <paramref name="today"/>
    /// (<see cref="Milestone.MostDaysLate"/>); projects with none late are left out. Only milestones already due are read.</summary>
    public static Task<Dictionary<Guid, int>> MilestonesDaysLateAsync(InfoGovDbContext db, IQueryable<Guid> projectIds, DateOnly today, CancellationToken ct) =>
        MilestonesDaysLateAsync(db.Milestones.Where(m => projectIds.Contains(m.ProjectId)), today, ct);

    /// <summary>The same, for the projects of <paramref name="milestones"/> (already narrowed to some projects): also what the per-page loader runs.</summary>
    public static async Task<Dictionary<Guid, int>> MilestonesDaysLateAsync(IQueryable<Milestone> milestones, DateOnly today, CancellationToken ct)
    {
        var due = await milestones.AsNoTracking().Where(m => m.DueOn < today).ToListAsync(ct);
        return due.GroupBy(m => m.ProjectId).Select(g => (g.Key, Days: Milestone.MostDaysLate(g, today))).Where(x => x.Days > 0).ToDictionary(x => x.Key, x => x.Days);
    }

    /// <summary>The latest report of each of <paramref name="projectIds"/> that has one.</summary>
    public static async Task<Dictionary<Guid, LatestReport>> LatestReportsAsync(InfoGovDbContext db, IQueryable<Guid> projectIds, CancellationToken ct) =>
        await db.ProgressReports.AsNoTracking()
            .Where(r => projectIds.Contains(r.ProjectId) && r.Month == db.ProgressReports.Where(x => x.ProjectId == r.ProjectId).Max(x => x.Month))
            .ToDictionaryAsync(r => r.ProjectId, r => new LatestReport(r.Month, r.ProgressPercent, r.SpendToDate), ct);

    /// <summary>One project's figures, the same rules as its <c>colour</c>, <c>scheduleVariance</c>, <c>costVariance</c> and <c>isProgressReportOverdue</c>.</summary>
    public static Figures Compute(ProjectStatus status, ProjectPlan? baseline, DateOnly? completedOn, DateOnly? actualStartOn, LatestReport? report,
        int milestoneDaysLate, DateOnly today, ProgressReportSchedule schedule)
    {
        var scheduleVariance = ProjectHealth.ScheduleVariance(baseline, report?.ProgressPercent, today, completedOn, milestoneDaysLate);
        var costVariance = ProjectHealth.CostVariance(baseline, report?.ProgressPercent, report?.SpendToDate);
        var overdue = schedule.IsOverdue(status, actualStartOn, report?.Month, today);
        return new Figures(ProjectHealth.Colour(status, scheduleVariance, costVariance, overdue), scheduleVariance, costVariance, overdue);
    }
}
