using InfoGov.Domain.Common;

namespace InfoGov.Domain.Budgets;

/// <summary>A payment made for a project. When the unit advanced the money itself it is marked
/// as an advance until the fund reimburses it.</summary>
public sealed class Expenditure : VersionedEntity, IPartOfProject
{
    public required Guid ProjectId { get; init; }
    public required int FiscalYear { get; init; }
    public required DateOnly SpentOn { get; init; }
    public required Money Amount { get; init; }
    public required string Payee { get; init; }
    public required ExpenditureCategory Category { get; init; }
    public bool IsAdvance { get; init; }
    public DateOnly? ReimbursedOn { get; private set; }

    public bool AwaitsReimbursement => IsAdvance && ReimbursedOn is null;

    /// <summary>The fund reimburses the advance on <paramref name="on"/>, out of what the fund year that
    /// pays it (<see cref="FundYearOf"/> over the allocations made by now) allocated to the project and
    /// has not yet paid (<paramref name="ledger"/>).</summary>
    public void Reimburse(DateOnly on, ProjectFundLedger ledger)
    {
        if (!IsAdvance) throw new RuleViolation(RuleViolation.InvalidTransition, "Only an advance is reimbursed; this payment was made by the fund.");
        if (ReimbursedOn is not null) throw new RuleViolation(RuleViolation.InvalidTransition, "This advance has already been reimbursed.");
        if (on < SpentOn) throw new RuleViolation(RuleViolation.Validation, "An advance cannot be reimbursed before it was paid.", "reimbursedOn");
        ledger.EnsureFundCovers(FundYearOf(ledger.AllocationYears, SpentOn), Amount, "Reimbursing this advance", "expenditureId");
        ReimbursedOn = on;
    }

    /// <summary>
    /// A payment for an approved project, charged to the fund year of the allocation that pays it
    /// (<see cref="FundYearOf"/>): the fund pays within what that year allocated to the project; a
    /// unit advances money within the approved budget the fund has not allocated (<see cref="ProjectFundLedger"/>).
    /// </summary>
    public static Expenditure Record(InfoGov.Domain.Projects.Project project, ProjectFundLedger ledger, DateOnly spentOn, DateOnly today,
        Money amount, string payee, ExpenditureCategory category, bool isAdvance)
    {
        if (project.Baseline is null) throw new RuleViolation(RuleViolation.InvalidTransition, "Payments are recorded for approved projects.", "projectId");
        if (amount.Amount <= 0m) throw new RuleViolation(RuleViolation.Validation, "The amount is more than zero.", "amount.amount");
        if (spentOn > today) throw new RuleViolation(RuleViolation.Validation, "A payment is recorded once made.", "spentOn");
        if (string.IsNullOrWhiteSpace(payee)) throw new RuleViolation(RuleViolation.Validation, "Name the payee.", "payee");
        var year = FundYearOf(ledger.AllocationYears, spentOn);
        if (isAdvance) ledger.EnsureAdvanceFits(project.Baseline.Budget, amount, "amount.amount");
        else ledger.EnsureFundCovers(year, amount, "This payment", "amount.amount");
        return new Expenditure
        {
            ProjectId = project.Id,
            FiscalYear = year,
            SpentOn = spentOn,
            Amount = amount,
            Payee = payee.Trim(),
            Category = category,
            IsAdvance = isAdvance,
        };
    }

    /// <summary>
    /// The fund year a payment made on <paramref name="spentOn"/> is charged to: the latest year the
    /// project was allocated money in up to the payment's year (a 2025 allocation paid out in January
    /// 2026 is charged to 2025); the first allocation's year for a payment made before any allocation
    /// (an advance); the payment's year when nothing was allocated.
    /// </summary>
    public static int FundYearOf(IReadOnlyCollection<int> allocationYears, DateOnly spentOn) =>
        allocationYears.Where(y => y <= spentOn.Year).DefaultIfEmpty(allocationYears.DefaultIfEmpty(spentOn.Year).Min()).Max();
}
