using InfoGov.Api.Engine.Loading;
using InfoGov.Domain.Common;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

/// <summary>
/// Loads what the roll-ups sum, for the projects the caller sees: each project's colour (from its
/// latest report, as the project's own field computes it) and its money, in six statements whatever
/// the number of projects; then groups it.
/// </summary>
public static class PortfolioFigures
{
    public static async Task<IReadOnlyList<PortfolioGroup>> GroupAsync(Loaders loaders, PortfolioGrouping grouping, DateOnly today, ProgressReportSchedule schedule, CancellationToken ct)
    {
        var db = loaders.Db;
        var projects = await loaders.Visible<Project>().ToListAsync(ct);
        var ids = projects.Select(p => p.Id).ToList();
        var latest = await ProjectHealthIndex.LatestReportsAsync(db, loaders.Visible<Project>().Select(p => p.Id), ct);
        var late = await ProjectHealthIndex.MilestonesDaysLateAsync(db, loaders.Visible<Project>().Select(p => p.Id), today, ct);
        var years = await db.SpecialFunds.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.FiscalYear, ct);
        // Grouped by project once: each project's figures then read its own rows, not every row.
        var allocations = (await db.FundAllocations.AsNoTracking().Select(a => new { a.ProjectId, a.FundId, a.Amount }).ToListAsync(ct))
            .ToLookup(a => a.ProjectId, a => (Year: years[a.FundId], a.Amount));
        var contracts = (await db.Contracts.AsNoTracking().Select(c => new { c.ProjectId, c.SignedOn, c.Amount }).ToListAsync(ct))
            .ToLookup(c => c.ProjectId, c => (c.SignedOn.Year, c.Amount));
        var expenditures = (await db.Expenditures.AsNoTracking().Select(e => new { e.ProjectId, e.FiscalYear, e.Amount }).ToListAsync(ct))
            .ToLookup(e => e.ProjectId, e => (Year: e.FiscalYear, e.Amount));

        ILookup<(Guid, int), Money> budgetLines = Enumerable.Empty<Money>().ToLookup(_ => (Guid.Empty, 0));

        ProjectFigures Figures(Project p, int? year)
        {
            var colour = ProjectHealthIndex.Compute(p.Status, p.Baseline, p.CompletedOn, p.ActualStartOn, latest.GetValueOrDefault(p.Id), late.GetValueOrDefault(p.Id), today, schedule).Colour;
            return new ProjectFigures(p.Id, p.Status, colour,
                year is null ? (p.Baseline ?? p.CurrentPlan).Budget : Money.Sum(budgetLines[(p.Id, year.Value)]),
                Money.Sum(allocations[p.Id].Where(a => year is null || a.Year == year).Select(a => a.Amount)),
                Money.Sum(contracts[p.Id].Where(c => year is null || c.Year == year).Select(c => c.Amount)),
                Money.Sum(expenditures[p.Id].Where(e => year is null || e.Year == year).Select(e => e.Amount)),
                p.IsReviewOverdue(today));
        }

        switch (grouping)
        {
            case PortfolioGrouping.Department:
                {
                    var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(ct);
                    var children = departments.ToLookup(d => d.ParentId);
                    HashSet<Guid> Subtree(Department root)
                    {
                        var all = new HashSet<Guid> { root.Id };
                        var queue = new Queue<Department>([root]);
                        while (queue.TryDequeue(out var next))
                            foreach (var child in children[next.Id])
                                if (all.Add(child.Id)) queue.Enqueue(child);
                        return all;
                    }
                    var figures = projects.Select(p => (p.OwnerDepartmentId, Figures: Figures(p, null))).ToList();
                    return departments.Select(d =>
                    {
                        var subtree = Subtree(d);
                        return new PortfolioGroup(d, null, null, PortfolioRollUp.Of(figures.Where(f => subtree.Contains(f.OwnerDepartmentId)).Select(f => f.Figures)));
                    }).ToList();
                }
            case PortfolioGrouping.Programme:
                {
                    var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct);
                    var figures = projects.Select(p => (p.ProgrammeId, Figures: Figures(p, null))).ToList();
                    return programmes.Select(g => new PortfolioGroup(null, g, null, PortfolioRollUp.Of(figures.Where(f => f.ProgrammeId == g.Id).Select(f => f.Figures))))
                        .Append(new PortfolioGroup(null, null, null, PortfolioRollUp.Of(figures.Where(f => f.ProgrammeId is null).Select(f => f.Figures))))
                        .ToList();
                }
            default:
                {
                    budgetLines = (await db.BudgetLines.AsNoTracking().Where(b => ids.Contains(b.ProjectId)).Select(b => new { b.ProjectId, b.FiscalYear, b.Amount }).ToListAsync(ct))
                        .ToLookup(b => (b.ProjectId, b.FiscalYear), b => b.Amount);
                    // A project belongs to a fund year when it has a budget line or an allocation in it.
                    return years.Values.Distinct().Order().Select(year => new PortfolioGroup(null, null, year, PortfolioRollUp.Of(projects
                        .Where(p => budgetLines.Contains((p.Id, year)) || allocations[p.Id].Any(a => a.Year == year))
                        .Select(p => Figures(p, year))))).ToList();
                }
        }
    }
}
