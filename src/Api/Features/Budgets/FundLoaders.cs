using GraphQL.DataLoader;
using InfoGov.Api.Engine.Loading;
using InfoGov.Domain.Budgets;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Budgets;

/// <summary>Fund-specific batch loads.</summary>
public static class FundLoaders
{
    /// <summary>
    /// Cap, allocated and spent of each fund. Spent counts the expenditures of the fund's fiscal
    /// year on the projects the fund allocated to. Amounts are summed in memory: SQLite has no
    /// exact decimal arithmetic, and the rows of a few funds are few.
    /// </summary>
    public static IDataLoaderResult<FundPosition?> Position(this Loaders loaders, Guid fundId) =>
        loaders.Custom<Guid, FundPosition>("SpecialFund.Position", fundId, async (db, ids, ct) =>
        {
            var funds = await db.SpecialFunds.AsNoTracking().Where(f => ids.Contains(f.Id)).ToListAsync(ct);
            var allocations = await db.FundAllocations.AsNoTracking().Where(a => ids.Contains(a.FundId)).ToListAsync(ct);
            var years = funds.Select(f => f.FiscalYear).ToList();
            var expenditures = await db.Expenditures.AsNoTracking()
                .Where(e => years.Contains(e.FiscalYear) && db.FundAllocations.Any(a => a.ProjectId == e.ProjectId && ids.Contains(a.FundId)))
                .ToListAsync(ct);
            return funds.ToDictionary(f => f.Id, f =>
            {
                var own = allocations.Where(a => a.FundId == f.Id).ToList();
                var projects = own.Select(a => a.ProjectId).ToHashSet();
                return FundPosition.Of(f, own, expenditures.Where(e => e.FiscalYear == f.FiscalYear && projects.Contains(e.ProjectId)));
            });
        });

    /// <summary>Per fiscal year, a project's budget line, allocations, contracts and payments: four
    /// statements for the whole batch of projects, summed in memory (exact decimals on every provider).</summary>
    public static IDataLoaderResult<IReadOnlyList<ProjectFundingYear>> FundingByYear(this Loaders loaders, Guid projectId) =>
        loaders.Custom<Guid, IReadOnlyList<ProjectFundingYear>>("Project.FundingByYear", projectId, async (db, ids, ct) =>
        {
            var lines = (await db.BudgetLines.AsNoTracking().Where(b => ids.Contains(b.ProjectId)).ToListAsync(ct)).ToLookup(l => l.ProjectId);
            var allocations = (await db.FundAllocations.AsNoTracking().Where(a => ids.Contains(a.ProjectId))
                .Join(db.SpecialFunds, a => a.FundId, f => f.Id, (a, f) => new { a.ProjectId, f.FiscalYear, a.Amount }).ToListAsync(ct)).ToLookup(a => a.ProjectId);
            var contracts = (await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.ProjectId)).ToListAsync(ct)).ToLookup(c => c.ProjectId);
            var expenditures = (await db.Expenditures.AsNoTracking().Where(e => ids.Contains(e.ProjectId)).ToListAsync(ct)).ToLookup(e => e.ProjectId);
            // Grouped once per batch, not scanned once per project.
            return ids.ToDictionary(id => id, id => ProjectFundingYear.Of(id,
                lines[id].ToList(),
                allocations[id].Select(a => (a.FiscalYear, a.Amount)).ToList(),
                contracts[id].ToList(),
                expenditures[id].ToList()));
        }).Then(years => years ?? []);
}
