using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.Budgets;

/// <summary>Who may read and change what in this feature: DOMAIN.md section 7 written out for the tests (see
/// <see cref="AccessPolicy"/>, which gathers every feature's rules for the access matrix).</summary>
public static class BudgetAccessPolicy
{
    public static readonly FeatureAccess Rules = new()
    {
        NodeTypes = new()
        {
            ["SpecialFund"] = new(GovernmentAndDashboards, GovernmentAndDashboards, Fields((FundManagers, ["allocations"]))),
            ["BudgetLine"] = new(MoneyAndContracts, MoneyAndContracts),
            ["FundAllocation"] = new(MoneyAndContracts, MoneyAndContracts),
            ["Expenditure"] = new(MoneyAndContracts, MoneyAndContracts),
            ["ConsolidationSaving"] = new(GovernmentAndDashboards, GovernmentAndDashboards),
        },
        ValueTypes = new()
        {
            ["ProjectFundingYear"] = ("Project", "fundingByYear", new(MoneyAndContracts, MoneyAndContracts)),
        },
        Query = new()
        {
            ["specialFund"] = GovernmentAndDashboards,
            ["specialFunds"] = GovernmentAndDashboards,
            ["consolidationSavings"] = GovernmentAndDashboards,
            ["expenditures"] = FundManagers,
            ["expenditureTotals"] = FundManagers,
            ["fundAllocations"] = FundManagers,
        },
        Mutation = new()
        {
            ["setFundCap"] = new(FundManagers, "{ fiscalYear: 2025, cap: { amount: 1 } }"),
            ["allocateFunds"] = new(FundManagers, "{ fiscalYear: 1999, projectId: \"bm9wZQ==\", amount: { amount: 1 } }"),
            ["promoteReserveProject"] = new(FundManagers, "{ fiscalYear: 1999, projectId: \"bm9wZQ==\" }"),
            ["recordExpenditure"] = new(MoneyAndContracts, "{ projectId: \"bm9wZQ==\", spentOn: \"2026-11-01\", amount: { amount: 1 }, payee: \"x\", category: SOFTWARE }"),
            ["reimburseAdvance"] = new(FundManagers, "{ expenditureId: \"bm9wZQ==\", version: 1, reimbursedOn: \"2026-11-01\" }"),
        },
    };
}
