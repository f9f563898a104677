using InfoGov.Domain.Budgets;
using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    public static readonly int[] FundYears = [2024, 2025, 2026];
    public static readonly Money FundCap = Money.Cny(10_000_000m);

    /// <summary>
    /// Each year's fund takes, in order of approval, the reserve projects carried over from the
    /// year before and then that year's approvals, while the cap allows; the rest stay in reserve
    /// and roll to the next year. Reserve projects that started anyway pay with advances. A project's
    /// budget line of a year is what that year's fund allocated to it, so a carried-over project is
    /// charged to the one year that funds it, never to each year it waited.
    /// </summary>
    private void SeedBudgets(List<SeededProject> projects)
    {
        var approved = projects.Where(p => p.ApprovedOn is not null).OrderBy(p => p.ApprovedOn).ToList();
        foreach (var p in approved) p.Project.MarkReserve();
        var carriedOver = new List<SeededProject>();

        foreach (var year in FundYears)
        {
            var fund = new SpecialFund { Id = NextId(), FiscalYear = year, Cap = FundCap };
            db.SpecialFunds.Add(fund);
            var allocated = Money.Zero();
            var candidates = carriedOver.Concat(approved.Where(p => p.ApprovedOn!.Value.Year == year)).ToList();
            carriedOver = [];
            foreach (var candidate in candidates)
            {
                var project = candidate.Project;
                var amount = project.Baseline!.Budget;
                if (project.Status == ProjectStatus.Cancelled) continue;
                if (!fund.CanAllocate(allocated, amount))
                {
                    carriedOver.Add(candidate);
                    continue;
                }
                var promoted = candidate.ApprovedOn!.Value.Year < year;
                var allocatedOn = new DateOnly(year, 3, 1) > candidate.ApprovedOn.Value ? new DateOnly(year, 3, 1) : candidate.ApprovedOn.Value.AddDays(10);
                db.FundAllocations.Add(new FundAllocation
                {
                    Id = NextId(),
                    FundId = fund.Id,
                    ProjectId = project.Id,
                    Amount = amount,
                    AllocatedOn = allocatedOn,
                    Note = promoted ? "Promoted from the reserve list" : null,
                });
                db.BudgetLines.Add(new BudgetLine
                {
                    Id = NextId(),
                    ProjectId = project.Id,
                    FiscalYear = year,
                    Amount = amount,
                    Purpose = promoted ? "Promoted from the reserve list" : "Approved construction budget",
                });
                _allocationYears[project.Id] = year;
                allocated = allocated.Add(amount);
                project.MarkFunded();
            }
        }
        foreach (var p in projects.Where(p => p.SpendToDate.Amount > 0m)) SeedExpenditures(p);

        db.ConsolidationSavings.AddRange(
            new ConsolidationSaving { Id = NextId(), FiscalYear = 2024, Amount = Money.Cny(3_200_000m), DepartmentId = _departments["XXZX"].Id, Description = "One central machine room instead of five departmental ones." },
            new ConsolidationSaving { Id = NextId(), FiscalYear = 2025, Amount = Money.Cny(2_100_000m), DepartmentId = _departments["XXZX"].Id, Description = "Departments moved to the government cloud instead of buying servers." },
            new ConsolidationSaving { Id = NextId(), FiscalYear = 2026, Amount = Money.Cny(4_500_000m), DepartmentId = _departments["ZWFW"].Id, Description = "One shared service platform replaced four separate hall systems." });
    }

    // The one fund year each funded project was allocated money in: payments are charged to it.
    private readonly Dictionary<Guid, int> _allocationYears = [];

    private void SeedExpenditures(SeededProject seeded)
    {
        var project = seeded.Project;
        var start = project.ActualStartOn!.Value;
        var end = seeded.LastReportDay?.AddMonths(1).AddDays(-1) ?? start;
        if (end > ReferenceDate) end = ReferenceDate;
        var payments = 2 + _random.Next(4);
        var remaining = seeded.SpendToDate.Amount;
        var categories = Enum.GetValues<ExpenditureCategory>();
        var fundPaid = 0m;
        for (var i = 0; i < payments && remaining > 0m; i++)
        {
            var amount = i == payments - 1 ? remaining : Math.Round(remaining * (decimal)(0.3 + _random.NextDouble() * 0.3), 0);
            remaining -= amount;
            var spentOn = start.AddDays((end.DayNumber - start.DayNumber) * (i + 1) / payments);
            // Reserve projects have no allocation yet: the unit advances the money itself.
            var isAdvance = project.FundingCategory == FundingCategory.Reserve || _random.Next(8) == 0;
            // The fund pays up to what it allocated (the whole budget); an overrun beyond it is the
            // unit's advance, awaiting a change that raises the budget.
            var beyondAllocation = project.FundingCategory == FundingCategory.Funded && fundPaid + amount > project.Baseline!.Budget.Amount;
            isAdvance |= beyondAllocation;
            if (!isAdvance) fundPaid += amount;
            var expenditure = new Expenditure
            {
                Id = NextId(),
                ProjectId = project.Id,
                FiscalYear = Expenditure.FundYearOf(_allocationYears.TryGetValue(project.Id, out var fundYear) ? [fundYear] : [], spentOn),
                SpentOn = spentOn,
                Amount = Money.Cny(amount),
                Payee = seeded.Vendor ?? Pick(DemoNames.Vendors),
                Category = categories[(i + _random.Next(2)) % categories.Length],
                IsAdvance = isAdvance,
            };
            var reimbursedOn = spentOn.AddDays(30 + _random.Next(60));
            if (isAdvance && !beyondAllocation && project.FundingCategory == FundingCategory.Funded && reimbursedOn < ReferenceDate)
                expenditure.Reimburse(reimbursedOn, new ProjectFundLedger([(expenditure.FiscalYear, project.Baseline!.Budget)], []));
            if (expenditure.IsAdvance && expenditure.ReimbursedOn is not null) fundPaid += amount;
            db.Expenditures.Add(expenditure);
        }
    }
}
