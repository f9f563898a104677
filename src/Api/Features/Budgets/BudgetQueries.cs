using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Integration;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Budgets;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Budgets;

/// <summary>Root fields of the special funds.</summary>
public static class BudgetQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<SpecialFundGraphType>("specialFund")
            .ReadableBy(Readers.GovernmentAndDashboards)
            .Description("The special fund of a fiscal year, or null.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The fiscal year, e.g. 2026.")
            .ResolveAsync(async ctx =>
            {
                var year = ctx.GetArgument<int>("year"); // a local, not a call EF would compile on every execution
                return await ctx.Loaders().Db.SpecialFunds.AsNoTracking().SingleOrDefaultAsync(f => f.FiscalYear == year, ctx.CancellationToken);
            });
        query.Connection<object?, SpecialFundGraphType>("specialFunds", "Special funds, latest year first.")
            .ReadableBy(Readers.GovernmentAndDashboards)
            .WithUpdatedSince()
            .ResolveQuery(ctx => ctx.Loaders().Db.SpecialFunds.AsNoTracking().OrderByDescending(f => f.FiscalYear));
        query.Connection<object?, ConsolidationSavingGraphType>("consolidationSavings", "Savings from consolidation, latest year first.")
            .ReadableBy(Readers.GovernmentAndDashboards)
            .Argument<IntGraphType>("fiscalYear", "Only savings of this fiscal year.")
            .WithUpdatedSince()
            .ResolveQuery(ctx =>
            {
                var savings = ctx.Loaders().Db.ConsolidationSavings.AsNoTracking();
                if (ctx.GetArgument<int?>("fiscalYear") is { } year) savings = savings.Where(s => s.FiscalYear == year);
                return savings.OrderByDescending(s => s.FiscalYear).ThenBy(s => s.Id);
            });
        AddFinanceLists(query);
    }

    /// <summary>Finance's and the office's views across projects: payments and allocations with filters, and payment totals.</summary>
    private static void AddFinanceLists(ObjectGraphType query)
    {
        query.Connection<object?, ExpenditureGraphType>("expenditures", "Payments across projects, latest first.")
            .ReadableBy(Readers.FundManagers)
            .Argument<ExpenditureFilterInputGraphType>("filter", "Conditions the payments must meet.")
            .WithUpdatedSince()
            .ResolveQuery(ctx => Expenditures(ctx.Loaders().Db, ctx.GetArgument<ExpenditureFilter?>("filter"))
                .OrderByDescending(e => e.SpentOn).ThenBy(e => e.Id));
        query.Field<NonNullGraphType<ExpenditureTotalsGraphType>>("expenditureTotals")
            .ReadableBy(Readers.FundManagers)
            .Description("The payments meeting the filter, summed: in all, advanced, and per category of spending.")
            .Argument<ExpenditureFilterInputGraphType>("filter", "Conditions the payments must meet.")
            // Summed in memory: SQLite has no exact decimal arithmetic.
            .ResolveAsync(async ctx => ExpenditureTotals.Of(
                await Expenditures(ctx.Loaders().Db, ctx.GetArgument<ExpenditureFilter?>("filter")).ToListAsync(ctx.CancellationToken)));
        query.Connection<object?, FundAllocationGraphType>("fundAllocations", "Allocations across projects, latest first.")
            .ReadableBy(Readers.FundManagers)
            .Argument<AllocationFilterInputGraphType>("filter", "Conditions the allocations must meet.")
            .WithUpdatedSince()
            .ResolveQuery(ctx =>
            {
                var db = ctx.Loaders().Db;
                var allocations = db.FundAllocations.AsNoTracking();
                if (ctx.GetArgument<AllocationFilter?>("filter") is { } filter)
                {
                    if (filter.FiscalYear is { } year) allocations = allocations.Where(a => db.SpecialFunds.Any(f => f.Id == a.FundId && f.FiscalYear == year));
                    if (filter.DepartmentCode is { } department) allocations = allocations.Where(a => db.Projects.Any(p => p.Id == a.ProjectId && db.Departments.Any(d => d.Id == p.OwnerDepartmentId && d.Code == department)));
                }
                return allocations.OrderByDescending(a => a.AllocatedOn).ThenBy(a => a.Id);
            });
    }

    private static IQueryable<Expenditure> Expenditures(InfoGovDbContext db, ExpenditureFilter? filter)
    {
        var expenditures = db.Expenditures.AsNoTracking();
        if (filter is null) return expenditures;
        if (filter.FiscalYear is { } year) expenditures = expenditures.Where(e => e.FiscalYear == year);
        if (filter.DepartmentCode is { } department) expenditures = expenditures.Where(e => db.Projects.Any(p => p.Id == e.ProjectId && db.Departments.Any(d => d.Id == p.OwnerDepartmentId && d.Code == department)));
        if (filter.Category is { } category) expenditures = expenditures.Where(e => e.Category == category);
        if (filter.IsAdvance is { } advance) expenditures = expenditures.Where(e => e.IsAdvance == advance);
        return expenditures;
    }
}
