using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Projects;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Budgets;
using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Budgets;

/// <summary>The special fund: caps, allocations within them, promotion of reserve projects, expenditures and advances.</summary>
public static class BudgetMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SpecialFundGraphType, SetFundCapInputGraphType, SetFundCapInput>("setFundCap", Readers.FundManagers,
            "Sets a fiscal year's special fund cap (creating the fund); never below what is allocated.",
            "The year and the cap.", SetCapAsync);
        mutation.Mutation<ProjectGraphType, AllocateFundsInputGraphType, AllocateFundsInput>("allocateFunds", Readers.FundManagers,
            "Allocates money from a year's fund to an approved project; refused with FUND_CAP_EXCEEDED past the cap. The project becomes funded.",
            "The fund, the project and the amount.", (ctx, i) => AllocateAsync(ctx, i.FiscalYear, i.ProjectId, i.Amount, i.Note, promote: false));
        mutation.Mutation<ProjectGraphType, PromoteReserveProjectInputGraphType, PromoteReserveProjectInput>("promoteReserveProject", Readers.FundManagers,
            "Funds a reserve project with its baseline budget from a year's fund when the money is free.",
            "The fund and the reserve project.", (ctx, i) => AllocateAsync(ctx, i.FiscalYear, i.ProjectId, null, "Promoted from the reserve list", promote: true));
        mutation.Mutation<ExpenditureGraphType, RecordExpenditureInputGraphType, RecordExpenditureInput>("recordExpenditure", Readers.MoneyAndContracts,
            "Records a payment for an approved project; an advance awaits reimbursement.",
            "The payment.", ExpenditureAsync);
        mutation.Mutation<ExpenditureGraphType, ReimburseAdvanceInputGraphType, ReimburseAdvanceInput>("reimburseAdvance", Readers.FundManagers,
            "Records that the fund reimbursed an advance.",
            "The advance and the date.", ReimburseAsync);
    }

    private static Task<Payload> SetCapAsync(IResolveFieldContext ctx, SetFundCapInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(SpecialFund), null, async (scope, ct) =>
        {
            var cap = input.Cap.ToMoney("cap");
            var fund = await scope.Db.SpecialFunds.SingleOrDefaultAsync(f => f.FiscalYear == input.FiscalYear, ct);
            if (fund is null)
            {
                if (cap.Amount <= 0m) throw new RuleViolation(RuleViolation.Validation, "The cap is more than zero.", "cap.amount");
                fund = new SpecialFund { FiscalYear = input.FiscalYear, Cap = cap };
                scope.Db.SpecialFunds.Add(fund);
                return new MutationRunner.Change(fund, fund, $"Created the {input.FiscalYear} fund with a cap of {cap}.");
            }
            if (input.Version is not { } version)
                throw new MutationRefusal(new UserError(UserError.Validation, $"The {input.FiscalYear} fund exists: send its version to change the cap.", "version"));
            scope.RequireVersion(fund, version);
            fund.ChangeCap(cap, await AllocatedAsync(scope, fund, ct));
            return new MutationRunner.Change(fund, fund, $"Set the {input.FiscalYear} fund cap to {cap}.");
        });

    private static Task<Payload> AllocateAsync(IResolveFieldContext ctx, int fiscalYear, string projectId, MoneyInput? requested, string? note, bool promote) =>
        ctx.Mutations().RunAsync(ctx, nameof(FundAllocation), null, async (scope, ct) =>
        {
            var fund = await scope.Db.SpecialFunds.SingleOrDefaultAsync(f => f.FiscalYear == fiscalYear, ct)
                ?? throw new MutationRefusal(new UserError(UserError.NotFound, $"There is no {fiscalYear} fund.", "fiscalYear"));
            var project = await scope.FindAsync<Project>(projectId, "projectId", ct);
            var amount = requested?.ToMoney("amount") ?? project.Baseline?.Budget ?? Money.Zero();
            var line = await scope.Db.BudgetLines.SingleOrDefaultAsync(b => b.ProjectId == project.Id && b.FiscalYear == fiscalYear, ct);
            var (allocation, newLine) = fund.Allocate(project, amount, await AllocatedAsync(scope, fund, ct),
                project.Baseline is null ? Money.Zero() : await AllocatedToAsync(scope, project, ct), line, scope.Today, note, promote);
            // Touching the fund bumps its version: two allocations racing for the last of the money conflict.
            scope.Db.Entry(fund).State = EntityState.Modified;
            scope.Db.FundAllocations.Add(allocation);
            if (newLine is not null) scope.Db.BudgetLines.Add(newLine);
            return new MutationRunner.Change(project, fund, $"Allocated {amount} from the {fiscalYear} fund to {project.Code}{(promote ? " (promoted from reserve)" : "")}.");
        });

    private static Task<Payload> ExpenditureAsync(IResolveFieldContext ctx, RecordExpenditureInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Expenditure), null, async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
            scope.RequireDepartment(project);
            var expenditure = Expenditure.Record(project, await LedgerAsync(scope, project.Id, ct), input.SpentOn, scope.Today, input.Amount.ToMoney("amount"), input.Payee, input.Category, input.IsAdvance ?? false);
            scope.Db.Expenditures.Add(expenditure);
            return new MutationRunner.Change(expenditure, expenditure, $"Paid {expenditure.Amount} to {expenditure.Payee} for {project.Code}{(expenditure.IsAdvance ? " (advance)" : "")}.");
        });

    private static Task<Payload> ReimburseAsync(IResolveFieldContext ctx, ReimburseAdvanceInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Expenditure), null, async (scope, ct) =>
        {
            var expenditure = await scope.FindAsync<Expenditure>(input.ExpenditureId, "expenditureId", ct);
            scope.RequireVersion(expenditure, input.Version);
            expenditure.Reimburse(input.ReimbursedOn, await LedgerAsync(scope, expenditure.ProjectId, ct));
            return new MutationRunner.Change(expenditure, expenditure, $"Reimbursed the advance of {expenditure.Amount} paid on {expenditure.SpentOn:yyyy-MM-dd}.");
        });

    /// <summary>The project's allocations by fund year and its payments: what bounds a new payment.</summary>
    private static async Task<ProjectFundLedger> LedgerAsync(MutationScope scope, Guid projectId, CancellationToken ct)
    {
        var allocations = await (from a in scope.Db.FundAllocations
                                 join f in scope.Db.SpecialFunds on a.FundId equals f.Id
                                 where a.ProjectId == projectId
                                 select new { f.FiscalYear, a.Amount }).ToListAsync(ct);
        var payments = await scope.Db.Expenditures.AsNoTracking().Where(e => e.ProjectId == projectId).ToListAsync(ct);
        return new ProjectFundLedger(allocations.Select(a => (a.FiscalYear, a.Amount)).ToList(), payments);
    }

    /// <summary>What the fund has allocated; summed in memory because SQLite has no exact decimal sum.</summary>
    private static async Task<Money> AllocatedToAsync(MutationScope scope, Project project, CancellationToken ct) =>
        Money.Sum(await scope.Db.FundAllocations.Where(a => a.ProjectId == project.Id).Select(a => a.Amount).ToListAsync(ct), project.Baseline!.Budget.Currency);

    private static async Task<Money> AllocatedAsync(MutationScope scope, SpecialFund fund, CancellationToken ct) =>
        Money.Sum((await scope.Db.FundAllocations.Where(a => a.FundId == fund.Id).Select(a => a.Amount).ToListAsync(ct)), fund.Cap.Currency);
}
