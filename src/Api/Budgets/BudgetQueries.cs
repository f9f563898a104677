using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common;
using InfoGov.Api.Common.Loading;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Budgets;

/// <summary>Root fields of the special funds.</summary>
public static class BudgetQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<SpecialFundGraphType>("specialFund")
            .ReadableBy(Readers.GovernmentAndDashboards)
            .Description("The special fund of a fiscal year, or null.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The fiscal year, e.g. 2026.")
            .ResolveAsync(async ctx => await ctx.Loaders().Db.SpecialFunds.AsNoTracking()
                .SingleOrDefaultAsync(f => f.FiscalYear == ctx.GetArgument<int>("year"), ctx.CancellationToken));
        query.Connection<object?, SpecialFundGraphType>("specialFunds", "Special funds, latest year first.")
            .ReadableBy(Readers.GovernmentAndDashboards)
            .ResolveQuery(ctx => ctx.Loaders().Db.SpecialFunds.AsNoTracking().OrderByDescending(f => f.FiscalYear));
        query.Connection<object?, ConsolidationSavingGraphType>("consolidationSavings", "Savings from consolidation, latest year first.")
            .ReadableBy(Readers.GovernmentAndDashboards)
            .Argument<IntGraphType>("fiscalYear", "Only savings of this fiscal year.")
            .ResolveQuery(ctx =>
            {
                var savings = ctx.Loaders().Db.ConsolidationSavings.AsNoTracking();
                if (ctx.GetArgument<int?>("fiscalYear") is { } year) savings = savings.Where(s => s.FiscalYear == year);
                return savings.OrderByDescending(s => s.FiscalYear).ThenBy(s => s.Id);
            });
    }
}
